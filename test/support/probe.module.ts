import { ConflictException, Module } from '@nestjs/common';
import {
  Args,
  Field,
  InputType,
  Mutation,
  ObjectType,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { DomainError } from '@quorum/core';
import { Agent, Allow, Anyone, ObjectRule } from '@quorum/identity';
import { MaxLength, MinLength } from 'class-validator';
import { GraphQLError } from 'graphql';

/** Test-only GraphQL operations that exercise the error path and the query limits. */
@ObjectType()
export class ProbeNode {
  @Field()
  name!: string;
}

@InputType()
export class ProbeInput {
  @Field()
  @MinLength(5)
  @MaxLength(10)
  title!: string;
}

@Resolver(() => ProbeNode)
@Allow(Anyone)
export class ProbeResolver {
  @Query(() => String)
  probeInternalError(): string {
    throw new Error('relation "secret_table" does not exist: SELECT password FROM account');
  }

  @Query(() => String)
  probeNotFound(): string {
    throw DomainError.notFound({
      fr: 'Conseil de quartier introuvable.',
      en: 'Neighbourhood council not found.',
    });
  }

  @Query(() => String)
  probeHttpException(): string {
    throw new ConflictException('row 42 of secret_table is locked by user bob');
  }

  @Query(() => String)
  probeOddGraphQLError(): string {
    throw new GraphQLError('duplicate key value violates unique constraint "account_email_key"', {
      extensions: { code: 'BAD_USER_INPUT', reason: 'SOMETHING_UNKNOWN' },
    });
  }

  @Query(() => ProbeNode)
  probeNode(): ProbeNode {
    return { name: 'root' };
  }

  @ResolveField(() => ProbeNode)
  child(): ProbeNode {
    return { name: 'child' };
  }

  @Mutation(() => String)
  probeEcho(@Args('input') input: ProbeInput): string {
    return input.title;
  }
}

/** Declares no rule: the guard must refuse it to everyone. */
@Resolver()
export class UndeclaredProbeResolver {
  @Query(() => String)
  probeUndeclared(): string {
    return 'should never be returned';
  }
}

/**
 * Restricted field resolvers (no class rule: each field its own), to prove that a field is still
 * authorised on the server, in a list as on one object (FieldAuthorization).
 */
@Resolver(() => ProbeNode)
export class ProbeFieldsResolver {
  @ResolveField(() => String, { nullable: true })
  @Allow(Agent)
  agentNote(@Parent() node: ProbeNode): string {
    return `note on ${node.name}`;
  }

  @ResolveField(() => String, { nullable: true })
  @Allow(
    ObjectRule('probe-own-note', (actor, { args }) => Promise.resolve(args.of === actor.accountId)),
  )
  ownNote(@Args('of') of: string): string {
    return `note of ${of}`;
  }

  /** Declares no rule: refused to everyone. */
  @ResolveField(() => String, { nullable: true })
  undeclaredNote(): string {
    return 'should never be returned';
  }

  @ResolveField(() => [ProbeNode])
  @Allow(Anyone)
  siblings(): ProbeNode[] {
    return [{ name: 'a' }, { name: 'b' }, { name: 'c' }];
  }
}

@Module({ providers: [ProbeResolver, UndeclaredProbeResolver, ProbeFieldsResolver] })
export class ProbeModule {}
