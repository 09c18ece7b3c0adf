import { dataSourceOptions } from '@quorum/db';
import { DataSource } from 'typeorm';
import { CouncilNeighbourhoodName1796111416082 as Migration } from '../libs/db/src/migrations/1796111416082-CouncilNeighbourhoodName';
import { CouncilCardView1796476000000 as CardView } from '../libs/db/src/migrations/1796476000000-CouncilCardView';
import { createTestDatabase, TestDatabase } from './support/test-env';

/** Councils created before the display name was stored get one from their name, or their key. */
describe('Migration: the neighbourhood as the town wrote it', () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    // As the owner: a migration's down and up change the table (the application role may not).
    dataSource = await new DataSource(dataSourceOptions(db.ownerUrl)).initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });

  it('backfills from the council’s last words, undoing des/du, else capitalises the key', async () => {
    const runner = dataSource.createQueryRunner();
    try {
      // A later view reads the column: it goes first and comes back last, as migrations would.
      await new CardView().down(runner);
      await new Migration().down(runner);
      const councils: [string, string, string][] = [
        ['centre-ville', 'Conseil de quartier Centre-Ville', 'centre ville'],
        ['coteaux', 'Conseil de quartier des Coteaux', 'les coteaux'],
        ['port', 'Conseil du Port', 'le port'],
        ['loire', 'Conseil de quartier des Bords de Loire', 'bords de loire'],
        ['ile', 'Conseil de l’Île-aux-Chênes', 'l ile aux chenes'],
        ['tilleuls', 'Conseil nord', 'les tilleuls'],
      ];
      for (const [slug, name, key] of councils) {
        await runner.query(
          `INSERT INTO council (slug, name, neighbourhood, perimeter_description, charter_version)
           VALUES ($1, $2, $3, '', 1)`,
          [slug, name, key],
        );
      }
      await new Migration().up(runner);
      await new CardView().up(runner);
      const rows: { slug: string; neighbourhood: string; neighbourhood_name: string }[] =
        await runner.query(
          `SELECT slug, neighbourhood, neighbourhood_name FROM council ORDER BY slug`,
        );
      expect(Object.fromEntries(rows.map((r) => [r.slug, r.neighbourhood_name]))).toEqual({
        'centre-ville': 'Centre-Ville',
        coteaux: 'Les Coteaux',
        port: 'Le Port',
        loire: 'Bords de Loire',
        ile: 'l’Île-aux-Chênes',
        tilleuls: 'Les tilleuls',
      });
      // The key residency is matched on is untouched.
      expect(rows.find((r) => r.slug === 'coteaux')!.neighbourhood).toBe('les coteaux');
    } finally {
      await runner.release();
    }
  });
});
