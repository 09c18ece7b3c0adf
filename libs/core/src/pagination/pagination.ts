import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { DomainError } from '../errors/domain-error';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** Relay-style page arguments (SPEC §7): at most 100 a page. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Page size, 1 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).`,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first?: number;

  @Field({ nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @IsString()
  // A cursor carries the last row's sort key: a 200-character accented title makes ~600.
  @MaxLength(1500)
  after?: string;
}

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * The GraphQL connection type of a node type: `CouncilConnection` for `Council`. A connection
 * whose total a field resolver computes says how in `totalCountDescription`.
 */
export function ConnectionType<T>(
  node: Type<T>,
  name: string,
  totalCountDescription?: string,
): Type<Connection<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass {
    @Field(() => [EdgeType])
    edges!: Edge<T>[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: totalCountDescription })
    totalCount!: number;
  }
  return ConnectionClass;
}

/** Cursors are opaque to clients: the sort key of the last row, as base64url JSON. */
export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): unknown[] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === arity) return key;
  } catch {
    // reported below
  }
  throw DomainError.badInput([
    { field: 'after', message: { fr: 'curseur invalide', en: 'invalid cursor' } },
  ]);
}

/** Builds a connection from rows fetched with LIMIT first + 1 (the extra row says "there is more"). */
export function toConnection<T>(
  rows: T[],
  first: number,
  totalCount: number,
  keyOf: (row: T) => unknown[],
): Connection<T> {
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}
