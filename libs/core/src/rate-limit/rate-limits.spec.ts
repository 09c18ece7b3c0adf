import { loadConfig } from '../config/app-config';
import { parseBudgetOverrides, RATE_LIMITS, slowdownMs } from './rate-limits';

describe('rate limits', () => {
  it('slow an account down past its budget, growing and capped, never refusing', () => {
    expect(slowdownMs(50, 50)).toBe(0);
    expect(slowdownMs(51, 50)).toBe(250);
    expect(slowdownMs(60, 50)).toBe(250);
    expect(slowdownMs(61, 50)).toBe(500);
    expect(slowdownMs(81, 50)).toBe(2000);
    expect(slowdownMs(10_000, 50)).toBe(8000);
  });

  it('read budget overrides, naming what is wrong', () => {
    expect(parseBudgetOverrides('')).toEqual({});
    expect(parseBudgetOverrides('register:ip=300, login:ip=20')).toEqual({
      'register:ip': 300,
      'login:ip': 20,
    });
    expect(parseBudgetOverrides('register:ip')).toMatch(/not bucket=budget/);
    expect(parseBudgetOverrides('signin:ip=3')).toMatch(/"signin:ip" is not a rate limit/);
    expect(parseBudgetOverrides('login:ip=0')).toMatch(/at least 1/);
    const base = {
      DATABASE_URL: 'postgres://q@localhost/q',
      REDIS_URL: 'redis://localhost',
      SMTP_URL: 'smtp://localhost',
      JWT_SECRET: 'x'.repeat(32),
      CENSUS_HASH_KEY: 'y'.repeat(32),
      PUBLIC_URL: 'http://localhost',
    };
    expect(() => loadConfig({ ...base, RATE_LIMIT_BUDGETS: 'login:nope=3' })).toThrow(
      /RATE_LIMIT_BUDGETS: must be bucket=budget pairs.*"login:nope" is not a rate limit/,
    );
    expect(loadConfig({ ...base, RATE_LIMIT_BUDGETS: 'login:ip=3' }).RATE_LIMIT_BUDGETS).toBe(
      'login:ip=3',
    );
  });

  it('never refuse sign-ins for the whole account: only per address', () => {
    expect(RATE_LIMITS['login:account'].whenSpent).toBe('slow');
    expect(RATE_LIMITS['password-reset:account'].whenSpent).toBe('skip');
  });
});
