import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getNamedType,
  GraphQLObjectType,
  OperationDefinitionNode,
  parse,
} from 'graphql';
import { COST_MODEL, queryCost } from '../apps/api/src/graphql/query-cost';
import { selectionOf } from './support/sdl';
import { graphql, useApi } from './support/test-env';

const schema = buildSchema(
  readFileSync(join(__dirname, '..', 'apps', 'api', 'schema.graphql'), 'utf8'),
);
const cost = (query: string, variables: Record<string, unknown> = {}) => {
  const document = parse(query);
  return queryCost(schema, document, document.definitions[0] as OperationDefinitionNode, variables);
};
/** Every field a root list reaches (6 levels down), as a client syncing everything would ask. */
const everything = (root: string) =>
  selectionOf(
    getNamedType(
      (schema.getType('Query') as GraphQLObjectType).getFields()[root].type,
    ) as GraphQLObjectType,
    6,
  );

/** The client's page of the issue: meetings with their agenda and minutes, 100 at a time. */
const MEETINGS_PAGE = `query($councilId: ID, $first: Int) { meetings(councilId: $councilId, first: $first) {
  edges { node { id status startsAt place
    agenda { id position kind title proposalId minutesId addedBy ballot { id status } }
    attendance { accountId displayName status proxyHolderId }
    quorum { membersInOffice required present represented reached }
    minutes { id version status contentHash } } } } }`;

describe('Query cost', () => {
  it('counts a page by its size, given literally, by a variable or by default', () => {
    const literal = cost('{ proposals(first: 100) { edges { node { id title } } } }');
    const variable = cost(
      'query($n: Int) { proposals(first: $n) { edges { node { id title } } } }',
      {
        n: 100,
      },
    );
    const byDefault = cost('{ proposals { edges { node { id title } } } }');
    expect(variable).toBe(literal);
    // 1 (proposals) + 100 × (edges + node + id + title); the edges are the page, not a list of 10.
    expect(literal).toBe(1 + 100 * 4);
    expect(byDefault).toBe(1 + 20 * 4);
  });

  it('counts a page given by a variable’s default, and a variable given null as the default page', () => {
    const page = '{ edges { node { id title } } }';
    expect(cost(`query($n: Int = 100) { proposals(first: $n) ${page} }`)).toBe(1 + 100 * 4);
    expect(cost(`query($n: Int = 100) { proposals(first: $n) ${page} }`, { n: 5 })).toBe(1 + 5 * 4);
    expect(cost(`query($n: Int) { proposals(first: $n) ${page} }`)).toBe(1 + 20 * 4);
  });

  it('counts fragments where they are spread, at once however deep they chain', () => {
    const inline = cost('{ proposals(first: 100) { edges { node { id title } } } }');
    const spread = cost(
      'query { proposals(first: 100) { ...Page } } fragment Page on ProposalConnection { edges { node { ...Item } } } fragment Item on Proposal { id title }',
    );
    expect(spread).toBe(inline);
    // Six fragments each spreading the next a hundred times: 100⁵ places, which a walk that
    // did not count each fragment once would not finish pricing.
    const chain = [1, 2, 3, 4, 5]
      .map(
        (i) =>
          `fragment F${i} on Proposal { ${Array(100)
            .fill(`...F${i + 1}`)
            .join(' ')} }`,
      )
      .join(' ');
    const huge = cost(
      `{ proposals(first: 1) { edges { node { ...F1 } } } } ${chain} fragment F6 on Proposal { id }`,
    );
    expect(huge).toBe(1 + 1 * (1 + 1 + 100 ** 5));
  });

  it('counts a plain list as COST_MODEL.listSize items', () => {
    expect(cost('query($id: ID!) { meeting(id: $id) { agenda { id title } } }')).toBe(
      1 + 1 + COST_MODEL.listSize * 2,
    );
  });

  it('lets the natural pages through: 100 meetings with agendas and minutes, and every root list in full', () => {
    expect(cost(MEETINGS_PAGE, { first: 100 })).toBeLessThan(COST_MODEL.maxCost / 10);
    for (const root of ['meetings', 'proposals', 'councils', 'notifications']) {
      const full = cost(`{ ${root}(first: 100) { ${everything(root)} } }`);
      expect({ root, withinLimit: full <= COST_MODEL.maxCost }).toEqual({
        root,
        withinLimit: true,
      });
    }
  });

  it('refuses abuse: several full pages in one request', () => {
    const full = (alias: string) => `${alias}: meetings(first: 100) { ${everything('meetings')} }`;
    expect(cost(`{ ${full('a')} ${full('b')} }`)).toBeGreaterThan(COST_MODEL.maxCost);
    const proposals = Array.from(
      { length: 15 },
      (_, i) => `p${i}: proposals(first: 100) { ${everything('proposals')} }`,
    ).join(' ');
    expect(cost(`{ ${proposals} }`)).toBeGreaterThan(COST_MODEL.maxCost);
  });

  describe('over HTTP', () => {
    const running = useApi();

    it('answers the page of 100 meetings with agendas and minutes', async () => {
      const r = await graphql(running.api.url, MEETINGS_PAGE, {
        councilId: '00000000-0000-4000-8000-000000000000',
        first: 100,
      });
      expect(r.errors).toBeUndefined();
    });

    it('refuses two full pages with QUERY_TOO_COSTLY before running, whatever the page size is given by', async () => {
      const full = (alias: string) => `${alias}: meetings(first: $n) { ${everything('meetings')} }`;
      const r = await graphql(running.api.url, `query($n: Int) { ${full('a')} ${full('b')} }`, {
        n: 100,
      });
      expect(r.data ?? null).toBeNull();
      expect(r.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'QUERY_TOO_COSTLY',
      });
      expect(r.errors?.[0]?.message).toBe('La requête est trop coûteuse.');
      expect(String(r.errors?.[0]?.extensions?.detail)).toMatch(
        /^Query cost \d+ is over the limit/,
      );
    });
  });
});
