import { isServiceUnavailable } from './unavailable';

describe('isServiceUnavailable', () => {
  it('knows a database or Redis that is down', () => {
    expect(isServiceUnavailable({ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED' })).toBe(
      true,
    );
    expect(isServiceUnavailable({ code: '57P01', message: 'terminating connection' })).toBe(true);
    expect(
      isServiceUnavailable({ code: '57P03', message: 'the database system is starting up' }),
    ).toBe(true);
    expect(isServiceUnavailable({ name: 'QueryFailedError', driverError: { code: '08006' } })).toBe(
      true,
    );
    expect(isServiceUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isServiceUnavailable({ name: 'MaxRetriesPerRequestError', message: 'x' })).toBe(true);
    expect(isServiceUnavailable(new Error('x', { cause: { code: 'ECONNRESET' } }))).toBe(true);
  });

  it('leaves every other error alone', () => {
    expect(isServiceUnavailable(new Error('boom'))).toBe(false);
    expect(isServiceUnavailable({ code: '23505', message: 'duplicate key' })).toBe(false);
    expect(isServiceUnavailable({ code: '40001' })).toBe(false);
    expect(isServiceUnavailable(null)).toBe(false);
    expect(isServiceUnavailable('ECONNREFUSED')).toBe(false);
  });
});
