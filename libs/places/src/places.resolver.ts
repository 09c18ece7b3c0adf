import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IdArg, OptionalIdArg } from '@quorum/core';
import { Actor, Agent, Allow, Anyone, CurrentActor, VerifiedEmail } from '@quorum/identity';
import {
  AnswerPlaceReportInput,
  HidePlaceReportInput,
  PlaceInput,
  ReportPlaceProblemInput,
  UpdatePlaceInput,
} from './place.inputs';
import { Place, PlaceDetails, PlacesProgress } from './place.types';
import { PlacesProgressService } from './places-progress.service';
import { PlacesService } from './places.service';

@Resolver(() => Place)
export class PlacesResolver {
  constructor(
    private readonly register: PlacesService,
    private readonly progress: PlacesProgressService,
  ) {}

  @Query(() => [Place], { description: 'Public: the register of places, by name.' })
  @Allow(Anyone)
  places(@OptionalIdArg('councilId') councilId?: string | null): Promise<Place[]> {
    // The shared pipe: an empty string is no UUID either (it reached the database as one).
    return this.register.list(councilId ?? null);
  }

  @Query(() => PlaceDetails, {
    description: 'Public: a place, the history of its checks, the reports and their answers.',
  })
  @Allow(Anyone)
  place(@IdArg('id') id: string): Promise<PlaceDetails> {
    return this.register.get(id);
  }

  @Query(() => PlacesProgress, {
    description: 'Public: the progress toward zero inaccessible place by the end of the term.',
  })
  @Allow(Anyone)
  placesProgress(): Promise<PlacesProgress> {
    return this.progress.progress();
  }

  @Mutation(() => PlaceDetails, {
    description: 'Agent: a new place in the register (a dated check is recorded with it).',
  })
  @Allow(Agent)
  createPlace(
    @CurrentActor() actor: Actor,
    @Args('input') input: PlaceInput,
  ): Promise<PlaceDetails> {
    return this.register.create(actor, input);
  }

  @Mutation(() => PlaceDetails, {
    description:
      'Agent: changes a place; a change of its accessibility, evidence or date is a new check.',
  })
  @Allow(Agent)
  updatePlace(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdatePlaceInput,
  ): Promise<PlaceDetails> {
    return this.register.update(actor, input);
  }

  @Mutation(() => PlaceDetails, {
    description:
      'Signed in with a verified address: reports an accessibility problem (public, without the author’s name).',
  })
  @Allow(VerifiedEmail)
  reportPlaceProblem(
    @CurrentActor() actor: Actor,
    @Args('input') input: ReportPlaceProblemInput,
  ): Promise<PlaceDetails> {
    return this.register.report(actor, input);
  }

  @Mutation(() => PlaceDetails, {
    description: 'Agent: the town hall’s public answer to a report (once).',
  })
  @Allow(Agent)
  answerPlaceReport(
    @CurrentActor() actor: Actor,
    @Args('input') input: AnswerPlaceReportInput,
  ): Promise<PlaceDetails> {
    return this.register.answer(actor, input);
  }

  @Mutation(() => PlaceDetails, {
    description:
      'Agent: hides a report (moderation): it leaves every public read; the reason is audited.',
  })
  @Allow(Agent)
  hidePlaceReport(
    @CurrentActor() actor: Actor,
    @Args('input') input: HidePlaceReportInput,
  ): Promise<PlaceDetails> {
    return this.register.hide(actor, input);
  }
}
