import fc from 'fast-check';
import { PROPOSAL_STATUSES, ProposalStatus } from '../proposal.entity';
import {
  currentStatus,
  draftOfSomeoneElse,
  FINAL_STATUSES,
  implementable,
  nextStatus,
  PROPOSAL_EVENTS,
  ProposalEvent,
  visibleStatus,
} from './proposal-lifecycle';

const status = fc.constantFrom(...PROPOSAL_STATUSES);
const event = fc.constantFrom(...PROPOSAL_EVENTS);

/** Plays events from a draft, keeping the allowed ones: where a proposal can get to. */
function play(events: ProposalEvent[]): ProposalStatus[] {
  const path: ProposalStatus[] = ['DRAFT'];
  for (const e of events) {
    const step = nextStatus(path[path.length - 1], e);
    if (step.allowed) path.push(step.to);
  }
  return path;
}

describe('The proposal lifecycle (SPEC §3)', () => {
  it.each([
    ['DRAFT', 'PUBLISH', 'PUBLISHED'],
    ['PUBLISHED', 'QUALIFY', 'QUALIFIED'],
    ['QUALIFIED', 'PLACE_ON_AGENDA', 'ON_AGENDA'],
    ['ON_AGENDA', 'ADOPT', 'ADOPTED'],
    ['ON_AGENDA', 'REJECT', 'REJECTED'],
    ['ADOPTED', 'ANSWER', 'ANSWERED'],
    ['ANSWERED', 'IMPLEMENT', 'IMPLEMENTED'],
    ['PUBLISHED', 'EXPIRE', 'EXPIRED'],
  ] as const)('goes from %s on %s to %s', (from, on, to) => {
    expect(nextStatus(from, on)).toEqual({ allowed: true, to });
  });

  it('takes a proposal off an agenda back to QUALIFIED (meeting cancelled or closed undecided)', () => {
    expect(nextStatus('ON_AGENDA', 'TAKE_OFF_AGENDA')).toEqual({ allowed: true, to: 'QUALIFIED' });
  });

  it('lets the author withdraw a proposal before it reaches an agenda, never afterwards', () => {
    for (const from of ['DRAFT', 'PUBLISHED', 'QUALIFIED'] as const)
      expect(nextStatus(from, 'WITHDRAW')).toEqual({ allowed: true, to: 'WITHDRAWN' });
    for (const from of ['ON_AGENDA', 'ADOPTED', 'REJECTED', 'ANSWERED', 'IMPLEMENTED'] as const)
      expect(nextStatus(from, 'WITHDRAW')).toEqual({ allowed: false, reason: `STATUS_${from}` });
  });

  it('lets no event lead out of a final state, nor out of what moderation hides', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FINAL_STATUSES, 'HIDDEN' as const), event, (from, on) => {
        expect(nextStatus(from, on)).toEqual({ allowed: false, reason: `STATUS_${from}` });
      }),
    );
  });

  it('refuses every illegal step with the status it stands in as its reason', () => {
    fc.assert(
      fc.property(status, event, (from, on) => {
        const step = nextStatus(from, on);
        if (!step.allowed) expect(step.reason).toBe(`STATUS_${from}`);
        else expect(step.to).not.toBe(from);
      }),
    );
  });

  it('never comes back to DRAFT nor reaches HIDDEN by an event, whatever happens', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 30 }), (events) => {
        const path = play(events).slice(1);
        expect(path).not.toContain('DRAFT');
        expect(path).not.toContain('HIDDEN');
      }),
    );
  });

  it('decides (ADOPTED or REJECTED) only a proposal on an agenda, and answers only an adopted one', () => {
    fc.assert(
      fc.property(status, (from) => {
        expect(nextStatus(from, 'ADOPT').allowed).toBe(from === 'ON_AGENDA');
        expect(nextStatus(from, 'REJECT').allowed).toBe(from === 'ON_AGENDA');
        expect(nextStatus(from, 'ANSWER').allowed).toBe(from === 'ADOPTED');
      }),
    );
  });

  it('counts a published proposal expired once its window closed, and no other', () => {
    fc.assert(
      fc.property(status, fc.boolean(), (stored, closed) => {
        expect(currentStatus(stored, closed)).toBe(
          stored === 'PUBLISHED' && closed ? 'EXPIRED' : stored,
        );
      }),
    );
  });

  it('shows HIDDEN while moderation hides a proposal, its status otherwise', () => {
    fc.assert(
      fc.property(status, (s) => {
        expect(visibleStatus(s, true)).toBe('HIDDEN');
        expect(visibleStatus(s, false)).toBe(s);
      }),
    );
  });

  it('keeps a draft for its author only, and any other status for everyone', () => {
    fc.assert(
      fc.property(status, fc.uuid(), fc.uuid(), (s, author, caller) => {
        fc.pre(author !== caller);
        expect(draftOfSomeoneElse(s, author, author)).toBe(false);
        expect(draftOfSomeoneElse(s, author, caller)).toBe(s === 'DRAFT');
        expect(draftOfSomeoneElse(s, author, undefined)).toBe(s === 'DRAFT');
      }),
    );
  });

  it('carries out an accepted answer, even in part, never a declined one', () => {
    expect(implementable('ACCEPTED')).toBe(true);
    expect(implementable('PARTIALLY_ACCEPTED')).toBe(true);
    expect(implementable('DECLINED')).toBe(false);
  });
});
