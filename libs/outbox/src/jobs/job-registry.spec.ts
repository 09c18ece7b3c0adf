import { JobRegistry, JobRegistryError } from './job-registry.service';

describe('JobRegistry.check', () => {
  const found = (entries: [string, string[]][]) => new Map(entries);

  it('accepts exactly one handler per job name', () => {
    expect(() =>
      JobRegistry.check(
        ['a', 'b'],
        found([
          ['a', ['A']],
          ['b', ['B']],
        ]),
      ),
    ).not.toThrow();
  });

  it('names a job without a handler', () => {
    expect(() => JobRegistry.check(['a', 'b'], found([['a', ['A']]]))).toThrow(
      new JobRegistryError('The worker cannot start: job "b" has no handler.'),
    );
  });

  it('names a job with two handlers, and a handler of an unknown job', () => {
    expect(() =>
      JobRegistry.check(
        ['a'],
        found([
          ['a', ['A1', 'A2']],
          ['z', ['Z']],
        ]),
      ),
    ).toThrow(
      'The worker cannot start: job "a" has 2 handlers: A1, A2; handler Z names unknown job "z".',
    );
  });
});
