import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Connection, IdArg } from '@quorum/core';
import { InCouncil, MembershipService } from '@quorum/councils';
import { Actor, Agent, Allow, Anyone, CurrentActor } from '@quorum/identity';
import { MeetingPlace, PlacesService } from '@quorum/places';
import DataLoader from 'dataloader';
import { AgendaService } from './agenda/agenda.service';
import { AttendanceService } from './attendance/attendance.service';
import {
  AddAgendaItemInput,
  CancelMeetingInput,
  MeetingsArgs,
  RecordAttendanceInput,
  ReorderAgendaInput,
  ScheduleMeetingInput,
} from './meeting.inputs';
import { arg, InMeetingCouncil, input } from './meeting.policies';
import { Meeting, MeetingConnection, Minutes } from './meeting.types';
import { MeetingsService } from './meetings.service';
import { isPublicMinutes, visibleMinutes } from './minutes/minutes-visibility';

/** Per request: whether the caller sits on a council today, asked once per council. */
type RequestContext = {
  req: {
    inOfficeOf?: Map<string, Promise<boolean>>;
    meetingPlaceLoader?: DataLoader<string, MeetingPlace | null>;
  };
};

const CHAIRS = ['CHAIR', 'CO_CHAIR'] as const;
const ChairOfMeeting = InMeetingCouncil([...CHAIRS], 'meeting', arg('id'));
const ChairOfInputMeeting = InMeetingCouncil([...CHAIRS], 'meeting', input('meetingId'));

@Resolver(() => Meeting)
export class MeetingsResolver {
  constructor(
    private readonly service: MeetingsService,
    private readonly agenda: AgendaService,
    private readonly attendance: AttendanceService,
    private readonly memberships: MembershipService,
    private readonly places: PlacesService,
  ) {}

  @ResolveField(() => [Minutes])
  @Allow(Anyone)
  async minutes(
    @Parent() meeting: Meeting,
    @CurrentActor() actor: Actor | null,
    @Context() context: RequestContext,
  ): Promise<Minutes[]> {
    if (meeting.minutes.every((version) => isPublicMinutes(version.status))) return meeting.minutes;
    let inOffice = false;
    if (actor) {
      const asked = (context.req.inOfficeOf ??= new Map());
      if (!asked.has(meeting.councilId)) {
        asked.set(
          meeting.councilId,
          this.memberships
            .rolesOf(meeting.councilId, actor.accountId)
            .then((offices) => offices.length > 0),
        );
      }
      inOffice = await asked.get(meeting.councilId)!;
    }
    return visibleMinutes(meeting.minutes, {
      role: actor?.role ?? null,
      emailVerified: actor?.emailVerified ?? false,
      inOffice,
    });
  }

  @ResolveField(() => MeetingPlace, {
    nullable: true,
    description:
      'The place in the register, with the warning the chair and the public see when it is not accessible.',
  })
  @Allow(Anyone)
  registeredPlace(
    @Parent() meeting: Meeting,
    @Context() context: RequestContext,
  ): Promise<MeetingPlace | null> {
    if (!meeting.placeId) return Promise.resolve(null);
    // One loader per request: the places of every meeting of a list come in one query.
    context.req.meetingPlaceLoader ??= new DataLoader((ids: readonly string[]) =>
      this.places.forMeetings(ids),
    );
    return context.req.meetingPlaceLoader.load(meeting.placeId);
  }

  @Query(() => MeetingConnection, { description: 'Public: meetings, latest first.' })
  @Allow(Anyone)
  meetings(@Args() args: MeetingsArgs): Promise<Connection<Meeting>> {
    return this.service.list(args);
  }

  @Query(() => Meeting, {
    description: 'Public: a meeting with its agenda, attendance, quorum, ballots and minutes.',
  })
  @Allow(Anyone)
  meeting(@IdArg('id') id: string): Promise<Meeting> {
    return this.service.get(id);
  }

  @Mutation(() => Meeting, {
    description:
      'Chair, co-chair or agent: a new meeting (DRAFT). Qualified proposals waiting for an agenda are placed on it when it is the next one.',
  })
  @Allow(Agent, InCouncil([...CHAIRS], input('councilId')))
  scheduleMeeting(
    @CurrentActor() actor: Actor,
    @Args('input') body: ScheduleMeetingInput,
  ): Promise<Meeting> {
    return this.service.schedule(actor, body);
  }

  @Mutation(() => Meeting, {
    description:
      'Chair, co-chair or agent: sends the convocation and agenda to every member; refused later than the charter’s clear days of notice.',
  })
  @Allow(Agent, ChairOfMeeting)
  convokeMeeting(@CurrentActor() actor: Actor, @IdArg('id') id: string): Promise<Meeting> {
    return this.service.convoke(actor, id);
  }

  @Mutation(() => Meeting, {
    description: 'Chair, co-chair or agent: opens the session (from two hours before its time).',
  })
  @Allow(Agent, ChairOfMeeting)
  openMeeting(@CurrentActor() actor: Actor, @IdArg('id') id: string): Promise<Meeting> {
    return this.service.open(actor, id);
  }

  @Mutation(() => Meeting, {
    description:
      'Chair, co-chair or agent: closes the session; undecided proposals go to the next meeting.',
  })
  @Allow(Agent, ChairOfMeeting)
  closeMeeting(@CurrentActor() actor: Actor, @IdArg('id') id: string): Promise<Meeting> {
    return this.service.close(actor, id);
  }

  @Mutation(() => Meeting, {
    description:
      'Chair, co-chair or agent: cancels a meeting not yet open, with a reason told to members.',
  })
  @Allow(Agent, ChairOfInputMeeting)
  cancelMeeting(
    @CurrentActor() actor: Actor,
    @Args('input') body: CancelMeetingInput,
  ): Promise<Meeting> {
    return this.service.cancel(actor, body);
  }

  @Mutation(() => Meeting, {
    description:
      'Chair, co-chair or agent: adds an item before the convocation. Opposition councillors: add OPPOSITION items, within the charter’s quota, until the notice deadline.',
  })
  @Allow(Agent, InMeetingCouncil('ANY', 'meeting', input('meetingId')))
  async addAgendaItem(
    @CurrentActor() actor: Actor,
    @Args('input') body: AddAgendaItemInput,
  ): Promise<Meeting> {
    return this.service.get(await this.agenda.add(actor, body));
  }

  @Mutation(() => Meeting, {
    description:
      'Removes an item: an opposition item only by its author; a qualified proposal never; others by the chair or agent before the convocation.',
  })
  @Allow(Agent, InMeetingCouncil('ANY', 'agendaItem', arg('id')))
  async removeAgendaItem(@CurrentActor() actor: Actor, @IdArg('id') id: string): Promise<Meeting> {
    return this.service.get(await this.agenda.remove(actor, id));
  }

  @Mutation(() => Meeting, { description: 'Chair, co-chair or agent: the order of the agenda.' })
  @Allow(Agent, ChairOfInputMeeting)
  async reorderAgenda(
    @CurrentActor() actor: Actor,
    @Args('input') body: ReorderAgendaInput,
  ): Promise<Meeting> {
    return this.service.get(await this.agenda.reorder(actor, body));
  }

  @Mutation(() => Meeting, {
    description:
      'Chair, co-chair, secretary or agent: present, represented (proxy to a present member, one each) or absent; not while a ballot is open.',
  })
  @Allow(Agent, InMeetingCouncil(['CHAIR', 'CO_CHAIR', 'SECRETARY'], 'meeting', input('meetingId')))
  async recordAttendance(
    @CurrentActor() actor: Actor,
    @Args('input') body: RecordAttendanceInput,
  ): Promise<Meeting> {
    return this.service.get(await this.attendance.record(actor, body));
  }
}
