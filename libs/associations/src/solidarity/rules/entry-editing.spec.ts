import { entryVisibleTo, isSoliguideUrl, mayEdit, statusOfNewEntry } from './entry-editing';

const agent = { agent: true, partnerIds: new Set<string>() };
const partner = { agent: false, partnerIds: new Set(['a1']) };
const resident = { agent: false, partnerIds: new Set<string>() };

describe('editing solidarity entries', () => {
  it('lets partners edit their own entries only, and agents every entry', () => {
    expect(mayEdit(partner, { associationId: 'a1' })).toBe(true);
    expect(mayEdit(partner, { associationId: 'a2' })).toBe(false);
    expect(mayEdit(partner, { associationId: null })).toBe(false);
    expect(mayEdit(agent, { associationId: 'a2' })).toBe(true);
    expect(mayEdit(agent, { associationId: null })).toBe(true);
    expect(mayEdit(resident, { associationId: 'a1' })).toBe(false);
  });

  it('publishes only on an agent’s word', () => {
    expect(statusOfNewEntry(agent, true)).toBe('PUBLISHED');
    expect(statusOfNewEntry(agent, false)).toBe('DRAFT');
    expect(statusOfNewEntry(partner, true)).toBe('DRAFT');
  });

  it('shows drafts and withdrawn entries to their editors only', () => {
    expect(entryVisibleTo(resident, { associationId: 'a1', status: 'PUBLISHED' })).toBe(true);
    expect(entryVisibleTo(resident, { associationId: 'a1', status: 'DRAFT' })).toBe(false);
    expect(entryVisibleTo(partner, { associationId: 'a1', status: 'DRAFT' })).toBe(true);
    expect(entryVisibleTo(partner, { associationId: 'a2', status: 'WITHDRAWN' })).toBe(false);
    expect(entryVisibleTo(agent, { associationId: null, status: 'WITHDRAWN' })).toBe(true);
  });

  it('recognises a Soliguide page', () => {
    expect(isSoliguideUrl('https://soliguide.fr/fr/fiche/restos-du-coeur-12345')).toBe(true);
    expect(isSoliguideUrl('https://www.soliguide.fr/fiche/x')).toBe(true);
    expect(isSoliguideUrl('http://soliguide.fr/fiche/x')).toBe(false);
    expect(isSoliguideUrl('https://soliguide.fr.example.com/x')).toBe(false);
  });
});
