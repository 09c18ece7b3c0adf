import { AppConfig, calendarDay, TOWN_TIME_ZONE } from '@quorum/core';
import { normalizeName } from '@quorum/identity';
import { Client } from 'pg';
import { bearer, newAccount, newVerifiedResident, TestAccount } from './factories';
import { clock, graphql, GraphQLResponse } from './test-env';

export const MEETING_FIELDS = `id status startsAt place accessible isPublic cancelReason
  agenda { id position kind title proposalId minutesId addedBy ballot { id status } }
  attendance { accountId displayName status proxyHolderId }
  quorum { membersInOffice required present represented reached }
  minutes { id version status contentHash }`;

export const BALLOT_FIELDS = `id status secret votesCast
  result { for against abstain present quorumRequired quorumHeld adopted }
  rollCall { voterId voterName castBy choice }`;

export interface CouncilWithMembers {
  id: string;
  name: string;
  neighbourhood: string;
  chair: TestAccount;
  coChair: TestAccount;
  secretary: TestAccount;
  opposition: TestAccount;
  /** Three more members: residents and an association. */
  others: TestAccount[];
  /** Every member: seven, so the default quorum is four. */
  members: TestAccount[];
}

/** Calls GraphQL and fails the test with the errors when there are any. */
export async function ok<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  who?: TestAccount,
): Promise<T> {
  const response: GraphQLResponse<T> = await graphql<T>(
    url,
    query,
    variables,
    who ? bearer(who) : {},
  );
  if (response.errors)
    throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(response.errors)}`);
  return response.data!;
}

/** A council with a chair, a resident co-chair, a secretary, an opposition councillor and three members. */
export async function newCouncilWithMembers(
  url: string,
  config: AppConfig,
  databaseUrl: string,
  agent: TestAccount,
  charter: Record<string, unknown> = {},
): Promise<CouncilWithMembers> {
  const slug = `quartier-${Math.random().toString(36).slice(2, 8)}`;
  const neighbourhood = `Quartier ${slug}`;
  const { createCouncil } = await ok<{ createCouncil: { id: string } }>(
    url,
    `mutation($input: CreateCouncilInput!) { createCouncil(input: $input) { id } }`,
    {
      input: {
        name: `Conseil ${slug}`,
        slug,
        neighbourhood,
        perimeterDescription: 'Autour de la place',
        charter: { supportThreshold: 2, ...charter },
      },
    },
    agent,
  );
  const people: TestAccount[] = [];
  for (let i = 0; i < 7; i++) people.push(await newAccount(config, databaseUrl));
  const [chair, coChair, secretary, opposition, ...others] = people;
  const seats: [TestAccount, string, Record<string, unknown>][] = [
    [chair, 'ELECTED_MAJORITY', { role: 'CHAIR', politicalGroup: 'Ensemble pour la ville' }],
    [coChair, 'RESIDENTS', { role: 'CO_CHAIR' }],
    [secretary, 'RESIDENTS', { role: 'SECRETARY' }],
    [opposition, 'ELECTED_OPPOSITION', { politicalGroup: 'Opposition citoyenne' }],
    [others[0], 'RESIDENTS', {}],
    [others[1], 'RESIDENTS', {}],
    [others[2], 'ASSOCIATIONS', {}],
  ];
  for (const [person, college, extra] of seats) {
    await ok(
      url,
      `mutation($input: AddCouncilMemberInput!) { addCouncilMember(input: $input) { id } }`,
      { input: { councilId: createCouncil.id, accountId: person.id, college, ...extra } },
      agent,
    );
  }
  return {
    id: createCouncil.id,
    name: `Conseil ${slug}`,
    neighbourhood,
    chair,
    coChair,
    secretary,
    opposition,
    others,
    members: people,
  };
}

/** An instant `days` from the test's clock. */
export const inDays = (days: number) =>
  new Date(clock.now().getTime() + days * 86_400_000).toISOString();

/** The town's calendar day `days` after the test clock's today (YYYY-MM-DD), as deadlines count. */
export function townDayIn(days: number): string {
  const [y, m, d] = calendarDay(clock.now(), TOWN_TIME_ZONE).split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The day of a meeting has come: the clock stands an hour before it (it may open). */
export const meetingDayOf = (meeting: { startsAt: string | Date }) =>
  clock.travelTo(new Date(new Date(meeting.startsAt).getTime() - 3_600_000));

export async function sql<T = Record<string, unknown>>(
  databaseUrl: string,
  text: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

export const SCHEDULE = `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { ${MEETING_FIELDS} } }`;
export const ADD_ITEM = `mutation($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { ${MEETING_FIELDS} } }`;
export const byId = (name: string) =>
  `mutation($id: ID!) { ${name}(id: $id) { ${MEETING_FIELDS} } }`;
export const ATTENDANCE = `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { ${MEETING_FIELDS} } }`;
export const OPEN_BALLOT = `mutation($input: OpenBallotInput!) { openBallot(input: $input) { ${BALLOT_FIELDS} } }`;
export const CAST = `mutation($input: CastVoteInput!) { castVote(input: $input) { ${BALLOT_FIELDS} } }`;
export const CLOSE_BALLOT = `mutation($id: ID!) { closeBallot(id: $id) { ${BALLOT_FIELDS} } }`;

export interface MeetingView {
  id: string;
  status: string;
  startsAt: string;
  agenda: {
    id: string;
    kind: string;
    title: string;
    proposalId: string | null;
    addedBy: string | null;
  }[];
  attendance: { accountId: string; status: string; proxyHolderId: string | null }[];
  quorum: {
    membersInOffice: number;
    required: number;
    present: number;
    represented: number;
    reached: boolean;
  } | null;
  minutes: { id: string; version: number; status: string; contentHash: string | null }[];
}

export interface BallotView {
  id: string;
  status: string;
  secret: boolean;
  votesCast: number;
  result: {
    for: number;
    against: number;
    abstain: number;
    present: number;
    quorumRequired: number;
    quorumHeld: boolean;
    adopted: boolean;
  } | null;
  rollCall: { voterId: string; choice: string; castBy: string }[] | null;
}

/** Schedules a meeting of the council: by default by its chair, in 10 days, accessible and public. */
export async function newMeeting(
  url: string,
  council: CouncilWithMembers,
  options: {
    by?: TestAccount;
    days?: number;
    /** An exact time instead of `days` from now. */
    startsAt?: string;
    place?: string;
    accessible?: boolean;
    isPublic?: boolean;
  } = {},
): Promise<MeetingView> {
  const input = {
    councilId: council.id,
    startsAt: options.startsAt ?? inDays(options.days ?? 10),
    place: options.place ?? 'Salle des fêtes',
    accessible: options.accessible ?? true,
    isPublic: options.isPublic ?? true,
  };
  return (
    await ok<{ scheduleMeeting: MeetingView }>(
      url,
      SCHEDULE,
      { input },
      options.by ?? council.chair,
    )
  ).scheduleMeeting;
}

/** A meeting convened with town-hall items, whose day has come, opened by the chair. */
export async function openMeetingWith(
  url: string,
  council: CouncilWithMembers,
  titles: string[],
): Promise<MeetingView> {
  const scheduled = await newMeeting(url, council);
  for (const title of titles) {
    await ok(
      url,
      ADD_ITEM,
      { input: { meetingId: scheduled.id, kind: 'TOWN_HALL', title } },
      council.chair,
    );
  }
  await ok(url, byId('convokeMeeting'), { id: scheduled.id }, council.chair);
  meetingDayOf(scheduled);
  return (
    await ok<{ openMeeting: MeetingView }>(
      url,
      byId('openMeeting'),
      { id: scheduled.id },
      council.chair,
    )
  ).openMeeting;
}

/** A published proposal of the council that two residents of its neighbourhood support, so it qualifies (threshold 2). */
export async function qualifiedProposal(
  apiUrl: string,
  config: AppConfig,
  databaseUrl: string,
  council: CouncilWithMembers,
  title: string,
): Promise<string> {
  const neighbourhood = normalizeName(council.neighbourhood);
  const author = await newVerifiedResident(config, databaseUrl, { neighbourhood });
  const { submitProposal } = await ok<{ submitProposal: { id: string } }>(
    apiUrl,
    `mutation($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }`,
    {
      input: {
        councilId: council.id,
        title,
        body: 'Pour le quartier.',
        category: 'PUBLIC_SPACE',
        publish: true,
      },
    },
    author,
  );
  for (let i = 0; i < 2; i++) {
    const supporter = await newVerifiedResident(config, databaseUrl, { neighbourhood });
    await ok(
      apiUrl,
      `mutation($id: ID!) { supportProposal(id: $id) { proposal { id } } }`,
      { id: submitProposal.id },
      supporter,
    );
  }
  return submitProposal.id;
}
