import { Module } from '@nestjs/common';
import { Args, Field, ID, Mutation, ObjectType, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Anyone } from '@quorum/identity';

/** What the probe's mutation returns: a node with a child as deep as a query asks. */
@ObjectType()
export class TouchProbeNode {
  @Field()
  name!: string;
}

/**
 * Test-only: a mutation that counts its runs, with free-form arguments (no validation of its
 * own), so that a limit refusing a request is proven to refuse it BEFORE anything runs.
 */
@Resolver(() => TouchProbeNode)
@Allow(Anyone)
export class TouchProbeResolver {
  static runs = 0;

  @Mutation(() => TouchProbeNode)
  touchProbe(
    @Args('note', { nullable: true }) _note?: string,
    @Args('ids', { type: () => [ID], nullable: true }) _ids?: string[],
  ): TouchProbeNode {
    TouchProbeResolver.runs++;
    return { name: 'touched' };
  }

  @ResolveField(() => TouchProbeNode)
  next(): TouchProbeNode {
    return { name: 'next' };
  }
}

@Module({ providers: [TouchProbeResolver] })
export class TouchProbeModule {}
