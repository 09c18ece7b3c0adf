import { MigrationInterface, QueryRunner } from 'typeorm';

/** How normalizeName (libs/identity) folds a name, in SQL: accents, case, punctuation, spacing. */
const fold = (sql: string) =>
  `btrim(regexp_replace(regexp_replace(quorum_fold(${sql}), '[’''‐–—.,_-]', ' ', 'g'), '\\s+', ' ', 'g'))`;

/**
 * Councils keep the neighbourhood as the town wrote it beside the normalised key residency is
 * matched on. Only the key was stored so far; the name is recovered from the council's name
 * where its last words fold to the key ("Conseil de quartier Centre-Ville" → "Centre-Ville"),
 * undoing the French contractions des/du ("Conseil des Coteaux", key "les coteaux" → "Les
 * Coteaux"); otherwise it is the key with a capital initial ("les tilleuls" → "Les tilleuls").
 */
export class CouncilNeighbourhoodName1796111416082 implements MigrationInterface {
  name = 'CouncilNeighbourhoodName1796111416082';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "council" ADD "neighbourhood_name" text`);
    await queryRunner.query(`
      UPDATE council c SET neighbourhood_name = coalesce(
        (SELECT CASE WHEN ${fold("s.head || ' ' || s.rest")} = c.neighbourhood THEN btrim(s.head || ' ' || s.rest)
                     WHEN ${fold('s.head')} = 'des' THEN 'Les ' || s.rest
                     ELSE 'Le ' || s.rest END
           FROM (SELECT w.words[k] AS head, array_to_string(w.words[k + 1:], ' ') AS rest, k
                   FROM generate_series(1, cardinality(w.words)) AS k) s
          WHERE ${fold("s.head || ' ' || s.rest")} = c.neighbourhood
             OR (${fold('s.head')} = 'des' AND 'les ' || ${fold('s.rest')} = c.neighbourhood)
             OR (${fold('s.head')} = 'du' AND 'le ' || ${fold('s.rest')} = c.neighbourhood)
          ORDER BY s.k LIMIT 1),
        upper(left(c.neighbourhood, 1)) || substr(c.neighbourhood, 2))
      FROM (SELECT id, regexp_split_to_array(btrim(name), '\\s+') AS words FROM council) w
      WHERE w.id = c.id`);
    await queryRunner.query(`ALTER TABLE "council" ALTER COLUMN "neighbourhood_name" SET NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "council" DROP COLUMN "neighbourhood_name"`);
  }
}
