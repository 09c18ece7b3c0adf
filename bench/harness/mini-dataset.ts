/**
 * A small dataset of the harness's own, set-based (generate_series), reproducible: the city's
 * shape at `scale` (1 = 100,000 residents, 20,000 proposals, ~1,000,000 supports, ~150,000
 * comments (the busiest proposal 115), 10 councils, 50,000 followers of one), with counts consistent with their rows. It
 * stands in until `npm run bench:data`'s generator is available, and the e2e test uses it at a
 * tiny scale. Supports are spread so that every resident still has proposals to support.
 */
import { Client } from 'pg';

const COUNCILS = 10;
const MEMBERS_PER_COUNCIL = 21;
const AGENTS = 5;

export async function generateMiniDataset(databaseUrl: string, scale: number): Promise<void> {
  const residents =
    COUNCILS * Math.max(MEMBERS_PER_COUNCIL + 10, Math.round((100_000 * scale) / COUNCILS));
  const proposals = Math.max(COUNCILS * 2, Math.round(20_000 * scale));
  const followers = Math.min(residents, Math.max(10, Math.round(50_000 * scale)));
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    await db.query('BEGIN');
    await db.query(`SELECT setseed(0.14)`);
    await db.query(
      `INSERT INTO council (slug, name, neighbourhood, neighbourhood_name, perimeter_description, charter_version)
       SELECT 'quartier-' || c, 'Conseil du quartier ' || c, 'quartier-' || c, 'Quartier ' || c, 'Périmètre ' || c, 1
         FROM generate_series(1, $1::int) c`,
      [COUNCILS],
    );
    await db.query(
      `INSERT INTO council_charter (council_id, version, support_threshold, support_window_days, response_deadline_days,
         convocation_notice_days, minutes_publication_days, opposition_agenda_quota, term_years, resident_co_chair_required,
         resident_seats, association_seats, majority_seats, opposition_seats)
       SELECT id, 1, 100000, 365, 60, 5, 7, 1, 3, true, 12, 4, 3, 2 FROM council`,
    );
    // Resident i lives in neighbourhood (i % councils) + 1.
    await db.query(
      `INSERT INTO account (email, display_name, role, email_verified_at, residency_neighbourhood,
                            residency_verified_at, residency_method, created_at)
       SELECT 'habitant-' || i || '@banc.quorum.test', 'Habitant ' || i, 'RESIDENT', now(),
              'quartier-' || (i % $2::int + 1), now(), 'AGENT', now() - interval '400 days'
         FROM generate_series(0, $1::int - 1) i`,
      [residents, COUNCILS],
    );
    await db.query(
      `INSERT INTO account (email, display_name, role, email_verified_at)
       SELECT 'agent-' || i || '@banc.quorum.test', 'Agent ' || i, 'AGENT', now() FROM generate_series(1, $1::int) i`,
      [AGENTS],
    );
    await db.query(
      `CREATE TEMP TABLE bench_resident ON COMMIT DROP AS
       SELECT a.id, c.id AS council_id, split_part(split_part(a.email, '@', 1), '-', 2)::int AS i
         FROM account a JOIN council c ON c.neighbourhood = a.residency_neighbourhood`,
    );
    await db.query(`CREATE INDEX ON bench_resident (i)`);
    await db.query(
      `INSERT INTO council_membership (council_id, account_id, college, role, term_start, term_end)
       SELECT council_id, id, 'RESIDENTS', CASE WHEN i < $1::int THEN 'CHAIR' ELSE 'MEMBER' END,
              current_date - 365, current_date + 730
         FROM bench_resident WHERE i < $1::int * $2::int`,
      [COUNCILS, MEMBERS_PER_COUNCIL],
    );
    await db.query(
      `INSERT INTO council_follower (council_id, account_id)
       SELECT (SELECT id FROM council WHERE slug = 'quartier-1'), id FROM bench_resident WHERE i < $1::int`,
      [followers],
    );
    const words = `ARRAY['vélo', 'piste cyclable', 'jardin partagé', 'éclairage', 'banc', 'école', 'marché', 'arbre', 'parking vélo', 'fontaine']`;
    // Proposal j is in council (j % councils) + 1, by an author of that neighbourhood.
    await db.query(
      `INSERT INTO proposal (council_id, author_id, title, body_markdown, body_html, category, status,
                             support_threshold, published_at, expires_at, created_at, last_activity_at)
       SELECT r.council_id, r.id,
              'Proposition ' || j || ' : ' || (${words})[j % 10 + 1] || ' rue ' || (j % 97),
              'Nous proposons ' || (${words})[(j * 7) % 10 + 1] || ' près de la place ' || (j % 89) || '. ' || repeat('Texte de la proposition. ', 20),
              '<p>Nous proposons ' || (${words})[(j * 7) % 10 + 1] || '</p>',
              (ARRAY['CULTURE_SPORT','EDUCATION_YOUTH','ENVIRONMENT','MOBILITY','OTHER','PUBLIC_SPACE','SAFETY','SOLIDARITY'])[j % 8 + 1],
              'PUBLISHED', 100000, t, t + interval '365 days', t, t
         FROM generate_series(0, $1::int - 1) j
         JOIN bench_resident r ON r.i = (j * 31) % $2::int - ((j * 31) % $2::int) % $3::int + j % $3::int
         CROSS JOIN LATERAL (SELECT now() - (j || ' minutes')::interval AS t) at`,
      [proposals, residents, COUNCILS],
    );
    await db.query(
      `CREATE TEMP TABLE bench_proposal ON COMMIT DROP AS
       SELECT id, council_id, row_number() OVER (PARTITION BY council_id ORDER BY created_at DESC) - 1 AS n
         FROM proposal`,
    );
    // Supports: proposal n of a council gets (n * 37) % 100 supports (50 on average) from
    // consecutive residents of its neighbourhood (at most half of them), from a place that depends on n.
    await db.query(
      `WITH per_council AS (SELECT council_id, count(*)::int AS total FROM bench_resident GROUP BY council_id),
            numbered AS (SELECT id, council_id, row_number() OVER (PARTITION BY council_id ORDER BY i) - 1 AS rn FROM bench_resident)
       INSERT INTO proposal_support (proposal_id, account_id, created_at)
       SELECT p.id, r.id, now() - interval '1 day'
         FROM bench_proposal p
         JOIN per_council pc ON pc.council_id = p.council_id
         CROSS JOIN LATERAL generate_series(0, least((p.n * 37) % 100, pc.total / 2) - 1) k
         JOIN numbered r ON r.council_id = p.council_id AND r.rn = (p.n * 131 + k) % pc.total`,
    );
    await db.query(
      `UPDATE proposal p SET support_count = s.n
         FROM (SELECT proposal_id, count(*)::int AS n FROM proposal_support GROUP BY proposal_id) s
        WHERE s.proposal_id = p.id`,
    );
    // Comments: the newest proposals get the most (the busiest about 115), all by residents.
    await db.query(
      `INSERT INTO comment (proposal_id, author_id, body_markdown, body_html, created_at)
       SELECT p.id, r.id, 'Commentaire ' || k || ' : bonne idée.', '<p>Commentaire ' || k || ' : bonne idée.</p>',
              now() - ((1000 - k) || ' seconds')::interval
         FROM (SELECT id, row_number() OVER (ORDER BY created_at DESC) - 1 AS n FROM proposal) p
         CROSS JOIN LATERAL generate_series(1, greatest(1, 115 - p.n / 20)) k
         JOIN bench_resident r ON r.i = (p.n * 17 + k) % $1::int`,
      [residents],
    );
    await db.query('COMMIT');
    await db.query('ANALYZE');
  } catch (error) {
    await db.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await db.end();
  }
}
