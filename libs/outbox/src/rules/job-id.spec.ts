import fc from 'fast-check';
import { JOB_NAMES } from '../jobs/job-catalogue';
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

  it('differs from one row to another, and from one event to another', () =>
    fc.assert(
      fc.property(
        fc.constantFrom(...JOB_NAMES),
        fc.bigInt({ min: 1n }),
        fc.constantFrom(...JOB_NAMES),
        fc.bigInt({ min: 1n }),
        (typeA, a, typeB, b) =>
          (typeA === typeB && a === b) ===
          (jobIdFor(typeA, String(a)) === jobIdFor(typeB, String(b))),
      ),
    ));
});
