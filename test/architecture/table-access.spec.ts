import { accessesIn, sqlIn, type Catalogue } from './table-access';

/** What the table scanner reads in one file's text: the tables it must see, and what it must not take for one. */
const cat: Catalogue = {
  owner: new Map([
    ['account', 'identity'],
    ['account_public_name', 'identity'],
    ['proposal', 'proposals'],
    ['council_membership', 'councils'],
    ['outbox_event', 'outbox'],
  ]),
  entityTable: new Map([
    ['Account', 'account'],
    ['Proposal', 'proposal'],
    ['OutboxEvent', 'outbox_event'],
  ]),
  views: new Map([['account_public_name', 'identity']]),
};

const tables = (source: string) => accessesIn(source, cat).map((a) => a.table);

describe('The table scanner', () => {
  describe('sees the tables SQL names', () => {
    it.each([
      ['FROM', 'SELECT id FROM account WHERE id = $1', ['account']],
      [
        'JOIN',
        'SELECT 1 FROM proposal p JOIN account a ON a.id = p.author_id',
        ['proposal', 'account'],
      ],
      [
        'INSERT INTO with its columns',
        'INSERT INTO account (id, email) VALUES ($1, $2)',
        ['account'],
      ],
      ['UPDATE', 'UPDATE account SET email = $2 WHERE id = $1', ['account']],
      ['DELETE FROM', 'DELETE FROM account WHERE id = $1', ['account']],
      [
        'DELETE … USING',
        'DELETE FROM proposal p USING account a WHERE a.id = p.author_id',
        ['proposal', 'account'],
      ],
      [
        'UPDATE … FROM',
        'UPDATE proposal p SET title = a.email FROM account a WHERE a.id = p.author_id',
        ['proposal', 'account'],
      ],
      [
        'a comma join',
        'SELECT 1 FROM proposal p, council_membership m WHERE m.id = p.id',
        ['proposal', 'council_membership'],
      ],
      [
        'a comma join with AS',
        'SELECT 1 FROM proposal AS p, account AS a, council_membership',
        ['proposal', 'account', 'council_membership'],
      ],
      [
        'a comma join after a function',
        'SELECT 1 FROM unnest($1::uuid[]) AS u(id), account a WHERE a.id = u.id',
        ['account'],
      ],
      ['TRUNCATE', 'TRUNCATE account, proposal', ['account', 'proposal']],
      ['LOCK TABLE', 'LOCK TABLE account IN SHARE MODE', ['account']],
      ['FROM ONLY', 'SELECT 1 FROM ONLY account', ['account']],
      ['a quoted name', 'SELECT 1 FROM "account"', ['account']],
      ['a subquery', 'SELECT 1 FROM (SELECT id FROM account) x', ['account']],
    ])('%s', (_, sql, expected) => {
      expect(tables(`const rows = await em.query(\`${sql}\`);`)).toEqual(expected);
    });

    it('reads a fragment interpolated where a table goes when the file writes it as a literal', () => {
      const source = [
        'const WITH_AUTHOR = `proposal p JOIN account_public_name a ON a.account_id = p.author_id`;',
        'const row = await em.query(`SELECT p.id FROM ${WITH_AUTHOR} WHERE p.id = $1`, [id]);',
      ].join('\n');
      expect(accessesIn(source, cat)).toEqual([
        { line: 1, table: 'account_public_name' },
        { line: 2, table: 'proposal' },
        { line: 2, table: 'account_public_name' },
      ]);
    });

    it.each([
      ['FROM', 'SELECT 1 FROM ${T}'],
      ['JOIN', 'SELECT 1 FROM proposal p JOIN ${T} a ON a.id = p.author_id'],
      ['INTO', 'INSERT INTO ${T} (id) VALUES ($1)'],
      ['UPDATE', 'UPDATE ${T} SET email = $2'],
      ['a comma join', 'SELECT 1 FROM proposal p, ${T} a'],
    ])('reports a table name interpolated after %s that it cannot read', (_, sql) => {
      expect(tables(`const T = table();\nawait em.query(\`${sql}\`);`)).toContain('${T}');
    });

    it('lets a subquery be interpolated: its own literal is read where it is written', () => {
      expect(
        tables(
          'await em.query(`SELECT r.account_id FROM (${audience.sql}) r JOIN account a ON a.id = r.account_id`);',
        ),
      ).toEqual(['account']);
    });

    it('gives the line of each table in a literal of many lines', () => {
      const source =
        'const x = 1;\nawait em.query(`\n  SELECT 1\n    FROM proposal p\n    JOIN account a ON true`);';
      expect(accessesIn(source, cat)).toEqual([
        { line: 4, table: 'proposal' },
        { line: 5, table: 'account' },
      ]);
    });
  });

  describe('sees the tables TypeORM is handed', () => {
    it.each([
      ['getRepository(Entity)', 'em.getRepository(Account).findOneBy({ id })', ['account']],
      [
        'getRepository<T>(Entity)',
        'em.getRepository<Account>(Account).findOneBy({ id })',
        ['account'],
      ],
      [
        'a repository named by its table',
        "em.getRepository<Account>('account').findOneBy({ id })",
        ['account'],
      ],
      [
        'a repository named by its entity',
        "em.getRepository('Account').findOneBy({ id })",
        ['account'],
      ],
      ['find(Entity)', 'em.find(Proposal, { where: { id } })', ['proposal']],
      [
        'QueryBuilder .from(Entity)',
        "em.createQueryBuilder().select('a.id').from(Account, 'a').getMany()",
        ['account'],
      ],
      [
        'QueryBuilder .from(name)',
        "em.createQueryBuilder().select('a.id').from('account', 'a').getMany()",
        ['account'],
      ],
      [
        'QueryBuilder .into(Entity)',
        'em.createQueryBuilder().insert().into(OutboxEvent).values(row).execute()',
        ['outbox_event'],
      ],
      ['a join on an entity', "qb.innerJoin(Account, 'a', 'a.id = p.author_id')", ['account']],
      [
        '@InjectRepository(Entity)',
        'constructor(@InjectRepository(Account) private readonly accounts: Repository<Account>) {}',
        ['account'],
      ],
    ])('%s', (_, source, expected) => {
      expect(tables(source)).toEqual(expected);
    });

    it('not Buffer.from, Readable.from or a string that names no table', () => {
      expect(
        tables("Buffer.from(token); Readable.from([csv]); Array.from(Rows); map.delete('key')"),
      ).toEqual([]);
    });
  });

  describe('takes for a table none of', () => {
    it.each([
      ['IS DISTINCT FROM', 'SELECT 1 FROM account WHERE email IS DISTINCT FROM $1', ['account']],
      [
        'IS NOT DISTINCT FROM a column',
        'SELECT 1 FROM account a WHERE a.email IS NOT DISTINCT FROM proposal',
        ['account'],
      ],
      ['EXTRACT(EPOCH FROM …)', 'SELECT EXTRACT(EPOCH FROM created_at) FROM account', ['account']],
      [
        'EXTRACT(DAY FROM …)',
        'SELECT EXTRACT(DAY FROM created_at), EXTRACT(ISODOW FROM created_at) FROM account',
        ['account'],
      ],
      ['trim(BOTH … FROM …)', "SELECT trim(BOTH ' ' FROM email) FROM account", ['account']],
      ['FOR UPDATE', 'SELECT id FROM account WHERE id = $1 FOR UPDATE', ['account']],
      [
        'FOR NO KEY UPDATE … SKIP LOCKED',
        'SELECT id FROM account FOR NO KEY UPDATE SKIP LOCKED',
        ['account'],
      ],
      [
        'a CTE name',
        'WITH gone AS (DELETE FROM account RETURNING id) SELECT id FROM gone',
        ['account'],
      ],
      [
        'a MATERIALIZED CTE name',
        'WITH mine AS MATERIALIZED (SELECT id FROM account) SELECT 1 FROM mine JOIN mine m2 ON true',
        ['account'],
      ],
      [
        'unnest(…)',
        'SELECT 1 FROM unnest($1::uuid[]) AS u(id) JOIN account a ON a.id = u.id',
        ['account'],
      ],
      ['generate_series(…)', 'SELECT d FROM generate_series(1, 3) d, account', ['account']],
      [
        'ON CONFLICT … DO UPDATE SET',
        'INSERT INTO account (id) VALUES ($1) ON CONFLICT (id) DO UPDATE SET id = EXCLUDED.id',
        ['account'],
      ],
      [
        'JOIN … USING (column)',
        'SELECT 1 FROM account JOIN proposal USING (id)',
        ['account', 'proposal'],
      ],
      [
        'LATERAL',
        'SELECT 1 FROM account a, LATERAL (SELECT 1 FROM proposal) x',
        ['account', 'proposal'],
      ],
      [
        'the columns after a table',
        'SELECT a.id, p.id FROM account a, proposal p ORDER BY a.id, p.id',
        ['account', 'proposal'],
      ],
    ])('%s', (_, sql, expected) => {
      expect(tables(`await em.query(\`${sql}\`);`)).toEqual(expected);
    });

    it('words in prose, or in comments', () => {
      expect(
        tables(
          "const title = 'Un mot from the town'; // SELECT 1 FROM account\n/* DELETE FROM proposal */",
        ),
      ).toEqual([]);
    });
  });

  describe('finds SQL outside repositories', () => {
    it.each([
      ['a SELECT', 'const q = `SELECT 1 FROM account`;', 1],
      ['a DELETE', 'x();\nconst q = `DELETE FROM account`;', 2],
      ['a TypeORM call on an entity', 'x();\n\nem.getRepository(Account).find();', 3],
      ['a repository named by its table', "em.getRepository<Account>('account').find();", 1],
      ['@InjectRepository', '\n@InjectRepository(Account) accounts: Repository<Account>', 2],
    ])('%s', (_, source, line) => {
      expect(sqlIn(source, cat)).toBe(line);
    });

    it('and nothing in a file with none', () => {
      expect(sqlIn("const msg = 'Select a council from the list';", cat)).toBeUndefined();
    });
  });
});
