import { FragmentDefinitionNode, Kind, OperationDefinitionNode, parse } from 'graphql';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { isNewerVersion, publicReadCache, readsOnlyPublicRoots } from './public-read-cache';

const reads = (source: string) => {
  const document = parse(source);
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  return readsOnlyPublicRoots(operation, fragments);
};

describe('readsOnlyPublicRoots: which operations the public read cache may keep', () => {
  it('keeps queries of public roots, through fragments and with __typename', () => {
    expect(reads('{ proposals { totalCount } }')).toBe(true);
    expect(reads('query P($id: ID!) { proposal(id: $id) { id } councils { totalCount } }')).toBe(
      true,
    );
    expect(reads('{ __typename a: proposals { totalCount } }')).toBe(true);
    expect(reads('{ ...Roots } fragment Roots on Query { council(slug: "x") { id } }')).toBe(true);
    expect(reads('{ ... on Query { proposals { totalCount } } }')).toBe(true);
  });

  it('refuses the rest: a private or other root, a mutation, __typename alone, an unknown fragment', () => {
    expect(reads('{ me { id } }')).toBe(false);
    expect(reads('{ proposals { totalCount } notifications { totalCount } }')).toBe(false);
    expect(reads('{ ... on Query { proposals { totalCount } myProposals { id } } }')).toBe(false);
    expect(reads('{ ...Roots } fragment Roots on Query { meetings { totalCount } }')).toBe(false);
    expect(reads('mutation { proposals { id } }')).toBe(false);
    expect(reads('subscription { proposals { id } }')).toBe(false);
    expect(reads('{ __typename }')).toBe(false);
    expect(reads('{ ...Missing }')).toBe(false);
  });
});

describe('isNewerVersion: snapshots only move forward', () => {
  it('orders by day, then xmax, then fewer transactions still running', () => {
    expect(isNewerVersion('10:12: 2026-12-02', '10:11: 2026-12-02')).toBe(true);
    expect(isNewerVersion('10:11: 2026-12-02', '10:12: 2026-12-02')).toBe(false);
    expect(isNewerVersion('10:12:10 2026-12-02', '10:12:10,11 2026-12-02')).toBe(true);
    expect(isNewerVersion('10:12:10,11 2026-12-02', '10:12:10 2026-12-02')).toBe(false);
    expect(isNewerVersion('9:9: 2026-12-03', '10:12: 2026-12-02')).toBe(true);
    expect(isNewerVersion('10:12: 2026-12-02', '10:12: 2026-12-02')).toBe(false);
    expect(isNewerVersion('garbage', '10:12: 2026-12-02')).toBe(false);
  });
});

describe('publicReadCache: what it keeps, and under which version', () => {
  let version: string | Error;
  /** The next version read answers with this (a connection that answers late), then as usual. */
  let late: Promise<string> | null = null;
  let lateTaken = () => {};
  let runs = 0;
  /** Runs inside the resolver: a transaction that ends while the resolvers run. */
  let duringResolvers: () => void | Promise<void> = () => {};
  const server = new ApolloServer({
    typeDefs: 'type Query { proposals: Int, me: Int }',
    resolvers: {
      Query: {
        proposals: async () => {
          await duringResolvers();
          return ++runs;
        },
        me: () => ++runs,
      },
    },
    plugins: [
      publicReadCache(
        {
          version: async () => {
            const answer = late;
            late = null;
            if (answer) {
              lateTaken();
              return answer;
            }
            if (version instanceof Error) throw version;
            return version;
          },
        },
        1 << 20,
      ),
    ],
  });
  const ask = async (query = '{ proposals }', authorization?: string) => {
    const headers = new HeaderMap();
    if (authorization) headers.set('authorization', authorization);
    const response = await server.executeOperation({
      query,
      http: { method: 'POST', headers, search: '', body: {} },
    });
    if (response.body.kind !== 'single') throw new Error('not a single result');
    expect(response.body.singleResult.errors).toBeUndefined();
    return response.body.singleResult.data;
  };

  beforeAll(() => server.start());
  afterAll(() => server.stop());
  beforeEach(() => {
    version = '100:100: 2026-12-02';
    duringResolvers = () => {};
  });

  it('answers again from what it kept while the version is the same, and reads anew after', async () => {
    const first = await ask();
    expect(await ask()).toEqual(first);
    expect(await ask()).toEqual(first);
    version = '100:101: 2026-12-02';
    const second = await ask();
    expect(second).not.toEqual(first);
    expect(await ask()).toEqual(second);
  });

  it('keeps nothing that the resolvers read while a transaction ended', async () => {
    version = '200:200: 2026-12-02';
    // While A's resolvers run: B reads the version (answered late, but before the commit), then
    // a transaction ends. B then looks for an answer kept under the version before the commit:
    // A's answer, read across the commit, must not be there.
    let answerB = (_: string) => {};
    let b: ReturnType<typeof ask> | undefined;
    duringResolvers = async () => {
      duringResolvers = () => {};
      late = new Promise<string>((resolve) => (answerB = resolve));
      const taken = new Promise<void>((resolve) => (lateTaken = resolve));
      b = ask();
      await taken;
      version = '200:201: 2026-12-02';
    };
    const a = await ask();
    answerB('200:200: 2026-12-02');
    expect(await b).not.toEqual(a);
  });

  it('lets a late request with an older version neither keep its answer nor drop the newer ones', async () => {
    version = '300:302: 2026-12-02';
    const newer = await ask();
    version = '300:301: 2026-12-02';
    const older = await ask();
    expect(older).not.toEqual(newer);
    version = '300:302: 2026-12-02';
    expect(await ask()).toEqual(newer);
  });

  it('runs as without it when the version cannot be read, for a signed-in caller, or another root', async () => {
    version = '400:400: 2026-12-02';
    const kept = await ask();
    version = new Error('connection refused');
    const unread = await ask();
    expect(unread).not.toEqual(kept);
    version = '400:401: 2026-12-02';
    const signedIn = await ask('{ proposals }', 'Bearer x');
    expect(await ask('{ proposals }', 'Bearer x')).not.toEqual(signedIn);
    const other = await ask('{ proposals me }');
    expect(await ask('{ proposals me }')).not.toEqual(other);
  });
});
