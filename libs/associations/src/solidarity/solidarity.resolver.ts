import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Connection, IdArg, PageArgs } from '@quorum/core';
import { Actor, Agent, Allow, Anyone, CurrentActor, SignedIn } from '@quorum/identity';
import { ActsForAPartner } from '../association.policies';
import { EntryStatus } from './solidarity-entry.entity';
import {
  CreateSolidarityEntryInput,
  ImportSolidarityEntriesInput,
  SolidarityEntryStatusInput,
  UpdateSolidarityEntryInput,
} from './solidarity.inputs';
import { SolidarityService } from './solidarity.service';
import {
  SolidarityEntryConnection,
  SolidarityEntryView,
  SolidarityImportReport,
} from './solidarity.types';

@Resolver(() => SolidarityEntryView)
export class SolidarityResolver {
  constructor(private readonly service: SolidarityService) {}

  @Query(() => SolidarityEntryConnection, {
    description:
      'Public: the published entries of the solidarity page, by title, a page at a time; with `council` (a slug), those of its neighbourhood and the town-wide ones; with `association`, the entries it runs.',
  })
  @Allow(Anyone)
  solidarityEntries(
    @CurrentActor() actor: Actor | null,
    @Args() page: PageArgs,
    @Args('council', { type: () => String, nullable: true }) council?: string,
    @Args('association', { type: () => ID, nullable: true }) association?: string,
  ): Promise<Connection<SolidarityEntryView>> {
    return this.service.page(
      actor,
      { councilSlug: council ?? null, associationId: association ?? null },
      page,
    );
  }

  @Query(() => SolidarityEntryConnection, {
    description:
      'The entries the caller may edit, whatever their status, by title, a page at a time: all for agents, their associations’ for partners (none for others).',
  })
  @Allow(SignedIn)
  editableSolidarityEntries(
    @CurrentActor() actor: Actor,
    @Args() page: PageArgs,
  ): Promise<Connection<SolidarityEntryView>> {
    return this.service.page(actor, { editable: true }, page);
  }

  @Query(() => SolidarityEntryView, {
    description: 'Public once published; a draft or a withdrawn entry for its editors only.',
  })
  @Allow(Anyone)
  solidarityEntry(
    @CurrentActor() actor: Actor | null,
    @IdArg('id') id: string,
  ): Promise<SolidarityEntryView> {
    return this.service.one(actor, id);
  }

  @Mutation(() => SolidarityEntryView, {
    description:
      'Agent, or a member of a partner association for its own services (a draft until an agent publishes it).',
  })
  @Allow(Agent, ActsForAPartner)
  async createSolidarityEntry(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateSolidarityEntryInput,
  ): Promise<SolidarityEntryView> {
    return this.service.one(actor, await this.service.create(actor, input));
  }

  @Mutation(() => SolidarityEntryView, {
    description:
      'Agent, or a member of the association that runs it (FORBIDDEN, reason NOT_YOUR_ENTRY, otherwise). Counts as a check today.',
  })
  @Allow(Agent, ActsForAPartner)
  async updateSolidarityEntry(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateSolidarityEntryInput,
  ): Promise<SolidarityEntryView> {
    return this.service.one(actor, await this.service.update(actor, input.entryId, input));
  }

  @Mutation(() => SolidarityEntryView, {
    description:
      'Agent or the association that runs it: the entry is still accurate (checked today).',
  })
  @Allow(Agent, ActsForAPartner)
  async confirmSolidarityEntry(
    @CurrentActor() actor: Actor,
    @IdArg('entryId') entryId: string,
  ): Promise<SolidarityEntryView> {
    return this.service.one(actor, await this.service.confirm(actor, entryId));
  }

  @Mutation(() => SolidarityEntryView, { description: 'Agent: publishes or withdraws an entry.' })
  @Allow(Agent)
  async setSolidarityEntryStatus(
    @CurrentActor() actor: Actor,
    @Args('input') input: SolidarityEntryStatusInput,
  ): Promise<SolidarityEntryView> {
    return this.service.one(
      actor,
      await this.service.setStatus(actor, input.entryId, input.status as EntryStatus),
    );
  }

  @Mutation(() => SolidarityImportReport, {
    description:
      'Agent: imports a Soliguide export or any CSV (mapped columns); the lines refused are reported.',
  })
  @Allow(Agent)
  importSolidarityEntries(
    @CurrentActor() actor: Actor,
    @Args('input') input: ImportSolidarityEntriesInput,
  ): Promise<SolidarityImportReport> {
    return this.service.import(actor, input);
  }
}
