import fc from 'fast-check';
import { jobIdFor } from './job-id';

describe('jobIdFor', () => {
  it('is the event type and the outbox id: `proposal.published-42`', () =>
    expect(jobIdFor('proposal.published', '42')).toBe('proposal.published-42'));

  it('never holds a colon, which BullMQ refuses in custom ids', () =>
    fc.assert(
      fc.property(
        fc.string(),
        fc.bigInt({ min: 1n }),
        (type, id) => !jobIdFor(type, String(id)).includes(':'),
      ),
    ));

  it('is the same for the same row, and differs from one row to another', () =>
    fc.assert(
      fc.property(
        fc.constantFrom(
          'proposal.published',
          'meeting.convened',
          'account.password-reset-requested',
        ),
        fc.bigInt({ min: 1n }),
        fc.bigInt({ min: 1n }),
        (type, a, b) =>
          jobIdFor(type, String(a)) === jobIdFor(type, String(a)) &&
          (a === b) === (jobIdFor(type, String(a)) === jobIdFor(type, String(b))),
      ),
    ));
});
