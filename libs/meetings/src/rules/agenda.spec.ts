import fc from 'fast-check';
import { AGENDA_ITEM_KINDS, AgendaItemKind } from '../agenda/agenda-item.entity';
import { MEETING_STATUSES } from '../meeting.entity';
import {
  addsOppositionItems,
  agendaOpen,
  isCompleteOrder,
  mayReorder,
  oppositionMayChange,
  oppositionQuotaReached,
  PlacementCandidate,
  placementMeeting,
  placementOrder,
  proposalDecided,
  removalBy,
  setsAgenda,
} from './agenda';

const office = (role: string, college = 'RESIDENTS') => ({ role, college });

describe('the agenda', () => {
  it('is set by the chair, the co-chair or the town hall, not by other members', () => {
    expect(setsAgenda('RESIDENT', [office('CHAIR')])).toBe(true);
    expect(setsAgenda('RESIDENT', [office('CO_CHAIR')])).toBe(true);
    expect(setsAgenda('AGENT', [])).toBe(true);
    expect(setsAgenda('ADMIN', [])).toBe(true);
    expect(setsAgenda('RESIDENT', [office('MEMBER'), office('SECRETARY')])).toBe(false);
  });

  it('takes opposition items from opposition councillors only, the chair included', () => {
    expect(addsOppositionItems([office('MEMBER', 'ELECTED_OPPOSITION')])).toBe(true);
    expect(addsOppositionItems([office('CHAIR', 'ELECTED_MAJORITY')])).toBe(false);
    expect(addsOppositionItems([])).toBe(false);
  });

  it('reserves the opposition’s quota: only opposition items count towards it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...AGENDA_ITEM_KINDS), { maxLength: 20 }),
        fc.nat(5),
        (kinds, quota) => {
          const opposition = kinds.filter((k) => k === 'OPPOSITION').length;
          expect(oppositionQuotaReached(kinds, quota)).toBe(opposition >= quota);
          const others: AgendaItemKind[] = kinds.filter((k) => k !== 'OPPOSITION');
          expect(oppositionQuotaReached([...kinds, ...others], quota)).toBe(
            oppositionQuotaReached(kinds, quota),
          );
        },
      ),
    );
  });

  it('takes opposition items before the convocation, then while the notice still holds', () => {
    expect(oppositionMayChange('DRAFT', false)).toBe(true);
    expect(oppositionMayChange('CONVENED', true)).toBe(true);
    expect(oppositionMayChange('CONVENED', false)).toBe(false);
    expect(oppositionMayChange('OPEN', true)).toBe(false);
    expect(oppositionMayChange('CLOSED', true)).toBe(false);
  });

  it('takes other items only before the convocation, and is reordered until the meeting is over', () => {
    expect(agendaOpen('DRAFT')).toBe(true);
    expect(agendaOpen('CONVENED')).toBe(false);
    expect(mayReorder('OPEN')).toBe(true);
    expect(mayReorder('CONVENED')).toBe(true);
    expect(mayReorder('CLOSED')).toBe(false);
    expect(mayReorder('CANCELLED')).toBe(false);
  });

  it('loses an opposition item by its author only, a qualified proposal never, others by those who set it', () => {
    expect(removalBy('OPPOSITION')).toBe('AUTHOR_ONLY');
    expect(removalBy('QUALIFIED_PROPOSAL')).toBe('NEVER');
    expect(removalBy('TOWN_HALL')).toBe('AGENDA_SETTERS');
    expect(removalBy('QUESTION')).toBe('AGENDA_SETTERS');
    expect(removalBy('MINUTES')).toBe('AGENDA_SETTERS');
  });

  it('is reordered by naming every item, each once, and nothing else', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.uuid(), { maxLength: 12 }), fc.nat(), (ids, seed) => {
        const shuffled = [...ids].sort((a, b) => ((a + seed).localeCompare(b + seed) > 0 ? 1 : -1));
        expect(isCompleteOrder(ids, shuffled)).toBe(true);
        if (ids.length > 0) {
          expect(isCompleteOrder(ids, shuffled.slice(1))).toBe(false);
          expect(isCompleteOrder(ids, [...shuffled.slice(1), shuffled[1] ?? 'other'])).toBe(false);
          expect(isCompleteOrder(ids, [...shuffled, ids[0]])).toBe(false);
        }
      }),
    );
  });
});

describe('a proposal on the agenda', () => {
  it('is decided by a ballot closed with the quorum held', () => {
    expect(proposalDecided([{ status: 'CLOSED', quorumHeld: true }])).toBe(true);
  });

  it('is not decided without a ballot, by an open one, or without quorum: it waits for the next meeting', () => {
    expect(proposalDecided([])).toBe(false);
    expect(proposalDecided([{ status: 'OPEN', quorumHeld: null }])).toBe(false);
    expect(proposalDecided([{ status: 'CLOSED', quorumHeld: false }])).toBe(false);
  });
});

describe('a qualified proposal (SPEC §3)', () => {
  const now = new Date('2026-05-04T10:00:00Z');
  const at = (iso: string) => new Date(iso);
  const meeting = (id: string, status: PlacementCandidate['status'], startsAt: string) => ({
    id,
    status,
    startsAt: at(startsAt),
  });

  it('goes on the next meeting of its council that is not yet convened', () => {
    const candidates = [
      meeting('june', 'DRAFT', '2026-06-01T18:00:00Z'),
      meeting('may', 'DRAFT', '2026-05-20T18:00:00Z'),
      meeting('july', 'DRAFT', '2026-07-01T18:00:00Z'),
    ];
    expect(placementMeeting(candidates, now)?.id).toBe('may');
  });

  it('never goes on a convened, open, closed or cancelled meeting, even an earlier one', () => {
    const candidates = [
      meeting('convened', 'CONVENED', '2026-05-05T18:00:00Z'),
      meeting('open', 'OPEN', '2026-05-04T09:00:00Z'),
      meeting('closed', 'CLOSED', '2026-05-06T18:00:00Z'),
      meeting('cancelled', 'CANCELLED', '2026-05-07T18:00:00Z'),
      meeting('draft', 'DRAFT', '2026-06-01T18:00:00Z'),
    ];
    expect(placementMeeting(candidates, now)?.id).toBe('draft');
  });

  it('never goes on a meeting whose time has come, even one never convened', () => {
    expect(placementMeeting([meeting('past', 'DRAFT', '2026-05-01T18:00:00Z')], now)).toBeNull();
    expect(placementMeeting([meeting('now', 'DRAFT', now.toISOString())], now)).toBeNull();
    expect(placementMeeting([meeting('soon', 'DRAFT', '2026-05-04T10:00:00.001Z')], now)?.id).toBe(
      'soon',
    );
  });

  it('waits for the next one scheduled when there is none', () => {
    expect(placementMeeting([], now)).toBeNull();
    expect(
      placementMeeting([meeting('convened', 'CONVENED', '2026-06-01T18:00:00Z')], now),
    ).toBeNull();
  });

  it('goes, between meetings at the same time, on the one with the smaller id', () => {
    const candidates = [
      meeting('b0c1e8a0-0000-4000-8000-000000000002', 'DRAFT', '2026-06-01T18:00:00Z'),
      meeting('b0c1e8a0-0000-4000-8000-000000000001', 'DRAFT', '2026-06-01T18:00:00Z'),
    ];
    expect(placementMeeting(candidates, now)?.id).toBe('b0c1e8a0-0000-4000-8000-000000000001');
  });

  it('goes on the earliest draft still to come, whatever the other meetings and their order', () => {
    const candidate = fc.record({
      id: fc.uuid(),
      status: fc.constantFrom(...MEETING_STATUSES),
      startsAt: fc
        .integer({ min: -30, max: 30 })
        .map((days) => new Date(now.getTime() + days * 86_400_000)),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(candidate, { selector: (c) => c.id, maxLength: 12 }),
        (candidates) => {
          const chosen = placementMeeting(candidates, now);
          const eligible = candidates.filter(
            (c) => c.status === 'DRAFT' && c.startsAt.getTime() > now.getTime(),
          );
          if (eligible.length === 0) return expect(chosen).toBeNull();
          expect(chosen).not.toBeNull();
          expect(chosen!.status).toBe('DRAFT');
          for (const other of eligible) {
            expect(chosen!.startsAt.getTime()).toBeLessThanOrEqual(other.startsAt.getTime());
            if (other.startsAt.getTime() === chosen!.startsAt.getTime())
              expect(chosen!.id <= other.id).toBe(true);
          }
          expect(placementMeeting([...candidates].reverse(), now)).toEqual(chosen);
          expect(placementOrder(candidates, now)).toHaveLength(eligible.length);
        },
      ),
    );
  });
});
