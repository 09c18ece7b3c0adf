import { BallotExport, SCDL_FIELDS, scdlRow } from './scdl';

const ballot: BallotExport = {
  ballot_id: 'b0000000-0000-4000-8000-000000000001',
  meeting_id: '3f2a9c10-0000-4000-8000-000000000002',
  council_slug: 'les-tilleuls',
  council_name: 'Les Tilleuls',
  meeting_starts_at: '2026-03-10T17:30:00Z',
  agenda_position: 2,
  agenda_title: 'Piétonniser la rue des Écoles',
  secret: false,
  // 23:30 UTC on the 10th is already the 11th in Paris.
  closed_at: '2026-03-10T23:30:00Z',
  members_in_office: 20,
  present_count: 14,
  quorum_held: true,
  for_count: 9,
  against_count: 3,
  abstain_count: 2,
  adopted: true,
};
const context = {
  collNom: 'Commune de Testville',
  collSiret: '21000000000017',
  publicUrl: 'https://quorum.example.fr',
  timeZone: 'Europe/Paris',
};

describe('A ballot in the SCDL Délibérations fields', () => {
  it('fills every field of the schema, in its order', () => {
    expect(Object.keys(scdlRow(ballot, context))).toEqual([...SCDL_FIELDS]);
  });

  it('says the town, the avis, its day in the town, the counts and the link', () => {
    expect(scdlRow(ballot, context)).toMatchObject({
      COLL_NOM: 'Commune de Testville',
      COLL_SIRET: '21000000000017',
      DELIB_ID: 'CQ-les-tilleuls-20260310-3f2a9c10-2',
      DELIB_DATE: '2026-03-11',
      DELIB_OBJET:
        'Avis du conseil de quartier Les Tilleuls : Piétonniser la rue des Écoles (avis favorable adopté)',
      VOTE_EFFECTIF: 20,
      VOTE_REEL: 14,
      VOTE_POUR: 9,
      VOTE_CONTRE: 3,
      VOTE_ABSTENTION: 2,
      DELIB_URL: 'https://quorum.example.fr/seances/3f2a9c10-0000-4000-8000-000000000002',
      PREF_ID: null,
    });
  });

  it('says when no avis was given, and when the ballot was secret', () => {
    expect(scdlRow({ ...ballot, quorum_held: false, adopted: false }, context).DELIB_OBJET).toMatch(
      /quorum non atteint/,
    );
    expect(scdlRow({ ...ballot, adopted: false, secret: true }, context).DELIB_OBJET).toMatch(
      /\(avis non adopté, scrutin secret\)$/,
    );
  });
});
