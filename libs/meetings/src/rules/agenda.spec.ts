import fc from 'fast-check';
import { AGENDA_ITEM_KINDS, AgendaItemKind } from '../agenda/agenda-item.entity';
import {
  addsOppositionItems,
  agendaOpen,
  isCompleteOrder,
  mayReorder,
  oppositionMayChange,
  oppositionQuotaReached,
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
