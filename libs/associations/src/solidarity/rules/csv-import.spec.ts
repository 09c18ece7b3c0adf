import { ENTRY_LIMITS, mapRow, missingHeaders, SOLIGUIDE_MAPPING } from './csv-import';

const today = '2026-12-01';
const line = {
  Nom: 'Distribution alimentaire',
  Organisation: 'Restos du Cœur',
  Adresse: '3 rue du Canal',
  Langues: 'français, arabe; anglais',
  'Lien Soliguide': 'https://soliguide.fr/fr/fiche/restos-123',
  'Mise à jour': '14/09/2026',
};

describe('importing a CSV line as a solidarity entry', () => {
  it('maps a Soliguide export’s line', () => {
    const row = mapRow(line, SOLIGUIDE_MAPPING, today);
    expect(row).toEqual({
      entry: expect.objectContaining({
        title: 'Distribution alimentaire',
        operatorName: 'Restos du Cœur',
        address: '3 rue du Canal',
        languages: ['français', 'arabe', 'anglais'],
        soliguideUrl: 'https://soliguide.fr/fr/fiche/restos-123',
        lastCheckedOn: '2026-09-14',
      }),
    });
  });

  it('maps any CSV through its own mapping; a missing check date is the import’s day', () => {
    const row = mapRow(
      { service: 'Permanence logement', lieu: 'Mairie annexe' },
      {
        title: 'service',
        address: 'lieu',
      },
      today,
    );
    expect(row).toEqual({
      entry: expect.objectContaining({
        title: 'Permanence logement',
        address: 'Mairie annexe',
        lastCheckedOn: today,
      }),
    });
  });

  it('rejects a line without a name, with a foreign link, or an unreadable or future date', () => {
    expect(mapRow({ ...line, Nom: ' ' }, SOLIGUIDE_MAPPING, today)).toEqual({
      rejected: 'le nom du service manque',
    });
    expect(
      mapRow({ ...line, 'Lien Soliguide': 'https://example.fr' }, SOLIGUIDE_MAPPING, today),
    ).toHaveProperty('rejected');
    expect(
      mapRow({ ...line, 'Mise à jour': '31/02/2026' }, SOLIGUIDE_MAPPING, today),
    ).toHaveProperty('rejected');
    expect(mapRow({ ...line, 'Mise à jour': '2027-01-01' }, SOLIGUIDE_MAPPING, today)).toEqual({
      rejected: 'la date de vérification est dans le futur',
    });
  });

  it('names the mapped headers a file lacks', () => {
    expect(missingHeaders({ title: 'Nom', address: 'Lieu' }, ['Nom', 'Adresse'])).toEqual(['Lieu']);
  });

  it('caps each cell as the form caps its field, and says which one per line', () => {
    const long = (n: number) => 'x'.repeat(n + 1);
    expect(
      mapRow({ ...line, Adresse: long(ENTRY_LIMITS.address) }, SOLIGUIDE_MAPPING, today),
    ).toEqual({ rejected: 'l’adresse dépasse 500 caractères' });
    expect(
      mapRow({ ...line, Description: long(ENTRY_LIMITS.description) }, SOLIGUIDE_MAPPING, today),
    ).toEqual({ rejected: 'la description dépasse 4000 caractères' });
    expect(mapRow({ ...line, Organisation: long(200) }, SOLIGUIDE_MAPPING, today)).toEqual({
      rejected: 'l’organisme dépasse 200 caractères',
    });
    expect(mapRow({ ...line, Langues: long(60) }, SOLIGUIDE_MAPPING, today)).toEqual({
      rejected: 'une langue dépasse 60 caractères',
    });
    const many = Array.from({ length: 21 }, (_, i) => `langue ${i}`).join(',');
    expect(mapRow({ ...line, Langues: many }, SOLIGUIDE_MAPPING, today)).toEqual({
      rejected: 'trop de langues\u00a0: 20 au plus',
    });
  });

  it('refuses a name of spaces or of one character once trimmed', () => {
    expect(mapRow({ ...line, Nom: '    ' }, SOLIGUIDE_MAPPING, today)).toEqual({
      rejected: 'le nom du service manque',
    });
    expect(mapRow({ ...line, Nom: '  A  ' }, SOLIGUIDE_MAPPING, today)).toEqual({
      rejected: 'le nom du service est trop court\u00a0: 2 caractères au moins',
    });
  });
});
