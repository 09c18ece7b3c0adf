import { FragmentDefinitionNode, Kind, OperationDefinitionNode, parse } from 'graphql';
import { readsOnlyPublicRoots } from './public-read-cache';

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
