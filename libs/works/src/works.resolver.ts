import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IdArg } from '@quorum/core';
import { CouncilCard, CouncilType } from '@quorum/councils';
import { Actor, Agent, Allow, Anyone, CurrentActor, VerifiedEmail } from '@quorum/identity';
import DataLoader from 'dataloader';
import { AssessmentsService } from './assessments.service';
import {
  AnswerDetourReportInput,
  AssessmentRequest,
  AssessWorksInput,
  WorksAssessment,
  ChangeDetourInput,
  DetourReport,
  DetourVersion,
  HideDetourReportInput,
  PostWorksInput,
  ReportDetourProblemInput,
  UpdateWorksInput,
  WorksProject,
  WorksProjectsArgs,
} from './works.types';
import { WorksService } from './works.service';

type RequestContext = {
  req: {
    worksDetourLoader?: DataLoader<string, DetourVersion[]>;
    worksAssessmentLoader?: DataLoader<string, WorksAssessment[]>;
    worksRequestLoader?: DataLoader<string, AssessmentRequest[]>;
    worksCouncilsLoader?: DataLoader<string, CouncilCard[]>;
    worksReportLoader?: DataLoader<string, DetourReport[]>;
    // The caller's: one per request, whose caller does not change.
    worksViewerRequestLoader?: DataLoader<WorksProject, AssessmentRequest[], string>;
    worksViewerFollowsLoader?: DataLoader<string, boolean>;
  };
};

@Resolver(() => WorksProject)
export class WorksResolver {
  constructor(
    private readonly works: WorksService,
    private readonly assessmentsService: AssessmentsService,
  ) {}

  @ResolveField(() => [AssessmentRequest], {
    description: 'The partner associations asked for their assessment of the detour.',
  })
  @Allow(Anyone)
  assessmentRequests(
    @Parent() works: WorksProject,
    @Context() context: RequestContext,
  ): Promise<AssessmentRequest[]> {
    context.req.worksRequestLoader ??= new DataLoader((ids: readonly string[]) =>
      this.assessmentsService.requests(ids),
    );
    return context.req.worksRequestLoader.load(works.id);
  }

  @ResolveField(() => [WorksAssessment], {
    description: 'The partner associations’ assessments of the detour, oldest first.',
  })
  @Allow(Anyone)
  assessments(
    @Parent() works: WorksProject,
    @Context() context: RequestContext,
  ): Promise<WorksAssessment[]> {
    context.req.worksAssessmentLoader ??= new DataLoader((ids: readonly string[]) =>
      this.assessmentsService.assessments(ids),
    );
    return context.req.worksAssessmentLoader.load(works.id);
  }

  @ResolveField(() => [AssessmentRequest], {
    description:
      'The requests the caller may answer now, for a partner association they act for (empty signed out).',
  })
  @Allow(Anyone)
  viewerAssessmentRequests(
    @Parent() works: WorksProject,
    @CurrentActor() actor: Actor | null,
    @Context() context: RequestContext,
  ): Promise<AssessmentRequest[]> {
    if (!actor) return Promise.resolve([]);
    context.req.worksViewerRequestLoader ??= new DataLoader(
      (list: readonly WorksProject[]) => this.assessmentsService.forViewer(actor.accountId, list),
      { cacheKeyFn: (w) => w.id },
    );
    return context.req.worksViewerRequestLoader.load(works);
  }

  @Mutation(() => WorksAssessment, {
    description:
      'A member of a partner association asked: gives its assessment (once, by the due day).',
  })
  @Allow(VerifiedEmail)
  assessWorks(
    @CurrentActor() actor: Actor,
    @Args('input') input: AssessWorksInput,
  ): Promise<WorksAssessment> {
    return this.assessmentsService.assess(actor, input);
  }

  @Query(() => [WorksProject], {
    description: 'Public: works projects, current and coming by default, soonest first.',
  })
  @Allow(Anyone)
  worksProjects(@Args() args: WorksProjectsArgs): Promise<WorksProject[]> {
    return this.works.list(args);
  }

  @Query(() => WorksProject, { description: 'Public: one works project.' })
  @Allow(Anyone)
  worksProject(@IdArg('id') id: string): Promise<WorksProject> {
    return this.works.get(id);
  }

  @Query(() => [DetourReport], {
    description: 'Agent: reports on detours waiting for the town hall’s answer, oldest first.',
  })
  @Allow(Agent)
  detourReportsToAnswer(): Promise<DetourReport[]> {
    return this.works.unanswered();
  }

  @ResolveField(() => [DetourVersion], {
    description: 'Every version of the detour, the one in force first.',
  })
  @Allow(Anyone)
  detours(
    @Parent() works: WorksProject,
    @Context() context: RequestContext,
  ): Promise<DetourVersion[]> {
    context.req.worksDetourLoader ??= new DataLoader((ids: readonly string[]) =>
      this.works.detours(ids),
    );
    return context.req.worksDetourLoader.load(works.id);
  }

  @ResolveField(() => [CouncilType], { description: 'The councils whose perimeter it is in.' })
  @Allow(Anyone)
  async councils(
    @Parent() works: WorksProject,
    @Context() context: RequestContext,
  ): Promise<CouncilCard[]> {
    // The councils of the whole list in one read, not one per project.
    context.req.worksCouncilsLoader ??= new DataLoader((ids: readonly string[]) =>
      this.works.councilsOf(ids),
    );
    return context.req.worksCouncilsLoader.load(works.id);
  }

  @ResolveField(() => [DetourReport], {
    description: 'Reports that the detour does not work, oldest first, with the answers.',
  })
  @Allow(Anyone)
  reports(
    @Parent() works: WorksProject,
    @Context() context: RequestContext,
  ): Promise<DetourReport[]> {
    context.req.worksReportLoader ??= new DataLoader((ids: readonly string[]) =>
      this.works.reports(ids),
    );
    return context.req.worksReportLoader.load(works.id);
  }

  @ResolveField(() => Boolean, { description: 'Whether the caller follows it (false signed out).' })
  @Allow(Anyone)
  viewerFollows(
    @Parent() works: WorksProject,
    @CurrentActor() actor: Actor | null,
    @Context() context: RequestContext,
  ): Promise<boolean> {
    if (!actor) return Promise.resolve(false);
    context.req.worksViewerFollowsLoader ??= new DataLoader((ids: readonly string[]) =>
      this.works.follows(ids, actor.accountId),
    );
    return context.req.worksViewerFollowsLoader.load(works.id);
  }

  @Mutation(() => WorksProject, {
    description:
      'Agent: posts a works project with its detour; the councils’ followers hear of it.',
  })
  @Allow(Agent)
  postWorks(
    @CurrentActor() actor: Actor,
    @Args('input') input: PostWorksInput,
  ): Promise<WorksProject> {
    return this.works.post(actor, input);
  }

  @Mutation(() => WorksProject, { description: 'Agent: corrects a works project (audited).' })
  @Allow(Agent)
  updateWorks(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateWorksInput,
  ): Promise<WorksProject> {
    return this.works.update(actor, input);
  }

  @Mutation(() => WorksProject, {
    description: 'Agent: a new version of the detour (the old ones kept); followers notified.',
  })
  @Allow(Agent)
  changeDetour(
    @CurrentActor() actor: Actor,
    @Args('input') input: ChangeDetourInput,
  ): Promise<WorksProject> {
    return this.works.changeDetour(actor, input);
  }

  @Mutation(() => DetourReport, {
    description: 'Signed in: reports that the detour does not work, during the works.',
  })
  @Allow(VerifiedEmail)
  reportDetourProblem(
    @CurrentActor() actor: Actor,
    @Args('input') input: ReportDetourProblemInput,
  ): Promise<DetourReport> {
    return this.works.report(actor, input);
  }

  @Mutation(() => DetourReport, { description: 'Agent: answers a report, in public.' })
  @Allow(Agent)
  answerDetourReport(
    @CurrentActor() actor: Actor,
    @Args('input') input: AnswerDetourReportInput,
  ): Promise<DetourReport> {
    return this.works.answer(actor, input);
  }

  @Mutation(() => WorksProject, {
    description:
      'Agent: hides a report (moderation): it leaves every public read; the reason is audited.',
  })
  @Allow(Agent)
  hideDetourReport(
    @CurrentActor() actor: Actor,
    @Args('input') input: HideDetourReportInput,
  ): Promise<WorksProject> {
    return this.works.hide(actor, input);
  }

  @Mutation(() => WorksProject, { description: 'Signed in: hears of the detour’s changes.' })
  @Allow(VerifiedEmail)
  followWorks(@CurrentActor() actor: Actor, @IdArg('id') id: string): Promise<WorksProject> {
    return this.works.follow(actor, id, true);
  }

  @Mutation(() => WorksProject, { description: 'Signed in: stops hearing of it.' })
  @Allow(VerifiedEmail)
  unfollowWorks(@CurrentActor() actor: Actor, @IdArg('id') id: string): Promise<WorksProject> {
    return this.works.follow(actor, id, false);
  }
}
