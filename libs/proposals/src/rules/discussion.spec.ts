import fc from 'fast-check';
import { PROPOSAL_STATUSES } from '../proposal.entity';
import {
  commentEditable,
  discussable,
  EDIT_WINDOW_MS,
  mayReplyTo,
  reportsHide,
} from './discussion';

describe('Discussion (SPEC §3)', () => {
  const written = new Date('2026-05-04T10:00:00Z');

  it('lets a comment be edited for 15 minutes after it is written, not a millisecond more', () => {
    expect(EDIT_WINDOW_MS).toBe(15 * 60 * 1000);
    expect(commentEditable(written, false, new Date(written.getTime() + EDIT_WINDOW_MS))).toBe(
      true,
    );
    expect(commentEditable(written, false, new Date(written.getTime() + EDIT_WINDOW_MS + 1))).toBe(
      false,
    );
  });

  it('never lets a hidden comment be edited', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: EDIT_WINDOW_MS }), (elapsed) => {
        expect(commentEditable(written, true, new Date(written.getTime() + elapsed))).toBe(false);
      }),
    );
  });

  it('threads one level: a reply goes to a top-level comment, never to a reply', () => {
    expect(mayReplyTo({ parentId: null })).toBe(true);
    expect(mayReplyTo({ parentId: 'a-top-level-comment' })).toBe(false);
  });

  it('opens a proposal to comments from its publication on, unless withdrawn, expired or hidden', () => {
    const closed = ['DRAFT', 'WITHDRAWN', 'EXPIRED', 'HIDDEN'];
    for (const status of PROPOSAL_STATUSES)
      expect(discussable(status)).toBe(!closed.includes(status));
  });

  it('hides an item once its unreviewed reports reach the threshold', () => {
    fc.assert(
      fc.property(fc.nat(100), fc.integer({ min: 1, max: 100 }), (reports, threshold) => {
        expect(reportsHide(reports, threshold)).toBe(reports >= threshold);
      }),
    );
  });
});
