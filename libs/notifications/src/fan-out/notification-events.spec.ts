import { alwaysImmediate } from './notification-events';

describe('alwaysImmediate', () => {
  it.each([
    ['meeting.convened', 'MEMBER', true],
    ['meeting.convened', 'FOLLOWER', false],
    ['meeting.cancelled', 'MEMBER', false],
    ['minutes.published', 'FOLLOWER', false],
  ] as const)('%s to a %s → %s', (type, relation, forced) =>
    expect(alwaysImmediate(type, relation)).toBe(forced),
  );
});
