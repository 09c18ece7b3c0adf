import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TypeMetadataStorage } from '@nestjs/graphql/dist/schema-builder/storages/type-metadata.storage';
import { AppConfig } from '@quorum/core';
import { POLICIES } from '@quorum/identity';
import { PUBLIC_AUDIT_ACTIONS } from '@quorum/transparency';
import {
  buildSchema,
  GraphQLField,
  GraphQLInputType,
  GraphQLObjectType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  getNamedType,
} from 'graphql';
import { bearer, newAccount, NewAccountOptions, newAgent, TestAccount } from './support/factories';
import {
  ADD_ITEM,
  ATTENDANCE,
  byId,
  CAST,
  CLOSE_BALLOT,
  meetingDayOf,
  MeetingView,
  newCouncilWithMembers,
  newMeeting,
  ok,
  OPEN_BALLOT,
  openMeetingWith,
} from './support/meeting-fixtures';
import { selectionOf } from './support/sdl';
import {
  createTestDatabase,
  graphql,
  GraphQLResponse,
  RunningApi,
  startApi,
  testConfig,
  TestDatabase,
} from './support/test-env';

interface AuditPage {
  auditLog: {
    pageInfo: { hasNextPage: boolean; endCursor: string };
    edges: { node: Record<string, unknown> }[];
  };
}

/** The roles of the matrix, and how to make an account for each. */
const ROLES: Record<string, NewAccountOptions | null> = {
  anonymous: null,
  unverifiedResident: { role: 'RESIDENT', emailVerified: false },
  verifiedResident: { role: 'RESIDENT', emailVerified: true, neighbourhood: 'centre ville' },
  agent: { role: 'AGENT' },
  admin: { role: 'ADMIN' },
};
type Role = keyof typeof ROLES;
const ALL = Object.keys(ROLES) as Role[];
const SIGNED_IN = ALL.filter((r) => r !== 'anonymous');

/**
 * Who may call each operation of the committed SDL. An operation missing here fails the test:
 * a new operation cannot ship without saying who may use it.
 */
const MATRIX: Record<string, Role[]> = {
  serverInfo: ALL,
  register: ALL,
  verifyEmail: ALL,
  login: ALL,
  refreshToken: ALL,
  requestPasswordReset: ALL,
  resetPassword: ALL,
  me: SIGNED_IN,
  mySeats: SIGNED_IN,
  exportMyData: SIGNED_IN,
  logout: SIGNED_IN,
  deleteMyAccount: SIGNED_IN,
  claimResidency: ['verifiedResident', 'agent', 'admin'],
  verifyResident: ['agent', 'admin'],
  importCensus: ['agent', 'admin'],
  contestedResidencyClaims: ['agent', 'admin'],
  searchAccounts: ['agent', 'admin'],
  residentsAwaitingVerification: ['agent', 'admin'],
  setAccountRole: ['admin'],
  staffAccounts: ['admin'],
  councils: ALL,
  council: ALL,
  sortition: ALL,
  sortitions: ALL,
  createCouncil: ['agent', 'admin'],
  updateCouncilCharter: ['agent', 'admin'],
  addCouncilMember: ['agent', 'admin'],
  // Agents, or the holder of the membership (none of the placeholder accounts here).
  endMembership: ['agent', 'admin'],
  followCouncil: ['verifiedResident', 'agent', 'admin'],
  unfollowCouncil: ['verifiedResident', 'agent', 'admin'],
  volunteerForSortition: ['verifiedResident'],
  announceSortition: ['agent', 'admin'],
  runSortition: ['agent', 'admin'],
  associations: ALL,
  association: ALL,
  myAssociations: SIGNED_IN,
  proposeAssociation: ['verifiedResident', 'agent', 'admin'],
  decideOnAssociation: ['agent', 'admin'],
  seatAssociationInCouncil: ['agent', 'admin'],
  // Agents, or the association's members (none of the placeholder accounts here).
  updateAssociation: ['agent', 'admin'],
  addAssociationMember: ['agent', 'admin'],
  addAssociationMemberByEmail: ['agent', 'admin'],
  removeAssociationMember: ['agent', 'admin'],
  solidarityEntries: ALL,
  solidarityEntry: ALL,
  editableSolidarityEntries: SIGNED_IN,
  // Agents, or members of a partner association (none of the placeholder accounts here).
  createSolidarityEntry: ['agent', 'admin'],
  updateSolidarityEntry: ['agent', 'admin'],
  confirmSolidarityEntry: ['agent', 'admin'],
  setSolidarityEntryStatus: ['agent', 'admin'],
  importSolidarityEntries: ['agent', 'admin'],
  proposals: ALL,
  proposal: ALL,
  similarProposals: ALL,
  submitProposal: ['verifiedResident', 'agent', 'admin'],
  // The author only (none of the placeholder accounts is the author of the placeholder id).
  publishProposal: [],
  withdrawProposal: [],
  supportProposal: ['verifiedResident'],
  withdrawSupport: ['verifiedResident'],
  commentOnProposal: ['verifiedResident', 'agent', 'admin'],
  editComment: ['verifiedResident', 'agent', 'admin'],
  reportContent: ['verifiedResident', 'agent', 'admin'],
  moderateContent: ['agent', 'admin'],
  moderationQueue: ['agent', 'admin'],
  answerProposal: ['agent', 'admin'],
  markProposalImplemented: ['agent', 'admin'],
  followProposal: ['verifiedResident', 'agent', 'admin'],
  unfollowProposal: ['verifiedResident', 'agent', 'admin'],
  meetings: ALL,
  meeting: ALL,
  // Agents, or the council's chair and co-chair (none of the placeholder accounts sits on a council).
  scheduleMeeting: ['agent', 'admin'],
  convokeMeeting: ['agent', 'admin'],
  openMeeting: ['agent', 'admin'],
  closeMeeting: ['agent', 'admin'],
  cancelMeeting: ['agent', 'admin'],
  addAgendaItem: ['agent', 'admin'],
  removeAgendaItem: ['agent', 'admin'],
  reorderAgenda: ['agent', 'admin'],
  recordAttendance: ['agent', 'admin'],
  openBallot: ['agent', 'admin'],
  closeBallot: ['agent', 'admin'],
  draftMinutes: ['agent', 'admin'],
  submitMinutes: ['agent', 'admin'],
  publishMinutes: ['agent', 'admin'],
  // Council members only: present ones, checked against attendance.
  castVote: [],
  // Any verified address gets past the guard; the service then wants an opposition councillor.
  addOppositionStatement: ['verifiedResident', 'agent', 'admin'],
  // Its author only.
  updateOppositionStatement: [],
  notifications: SIGNED_IN,
  markNotificationsRead: SIGNED_IN,
  notificationPreferences: SIGNED_IN,
  updateNotificationPreferences: SIGNED_IN,
  queueMetrics: ['admin'],
  failedJobs: ['admin'],
  // Public: anyone reads the public part of the log; agents and admins get every entry (below).
  auditLog: ALL,
  // Public: anyone can recompute the public chain from /open-data/audit.jsonl anyway.
  verifyAuditChain: ALL,
  accountability: ALL,
  worksProjects: ALL,
  worksProject: ALL,
  detourReportsToAnswer: ['agent', 'admin'],
  postWorks: ['agent', 'admin'],
  updateWorks: ['agent', 'admin'],
  changeDetour: ['agent', 'admin'],
  reportDetourProblem: ['verifiedResident', 'agent', 'admin'],
  answerDetourReport: ['agent', 'admin'],
  hideDetourReport: ['agent', 'admin'],
  followWorks: ['verifiedResident', 'agent', 'admin'],
  // Any verified address gets past the guard; the service then wants a member of a partner asked.
  assessWorks: ['verifiedResident', 'agent', 'admin'],
  unfollowWorks: ['verifiedResident', 'agent', 'admin'],
  places: ALL,
  place: ALL,
  placesProgress: ALL,
  createPlace: ['agent', 'admin'],
  updatePlace: ['agent', 'admin'],
  reportPlaceProblem: ['verifiedResident', 'agent', 'admin'],
  answerPlaceReport: ['agent', 'admin'],
  hidePlaceReport: ['agent', 'admin'],
};

const schema = buildSchema(
  readFileSync(join(__dirname, '..', 'apps', 'api', 'schema.graphql'), 'utf8'),
);
const operations = (['Query', 'Mutation'] as const).flatMap((kind) => {
  const type = schema.getType(kind) as GraphQLObjectType | undefined;
  return Object.values(type?.getFields() ?? {}).map((field) => ({ kind, field }));
});

/** A placeholder value of a GraphQL input type: enough to pass parsing, not necessarily the rules. */
function placeholder(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return placeholder(type.ofType);
  if (isListType(type)) return [placeholder(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type))
        .map((f) => [f.name, placeholder(f.type)]),
    );
  }
  if (isScalarType(type)) {
    const scalars: Record<string, unknown> = {
      String: 'placeholder',
      ID: '00000000-0000-4000-8000-000000000000',
      Int: 1,
      Float: 1,
      Boolean: false,
      DateTime: new Date().toISOString(),
      JSONObject: {},
    };
    return scalars[type.name] ?? 'placeholder';
  }
  throw new Error(`No placeholder for ${String(type)}`);
}

function document(kind: 'Query' | 'Mutation', field: GraphQLField<unknown, unknown>) {
  const required = field.args.filter((a) => isNonNullType(a.type));
  const declarations = required.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = required.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection =
    isScalarType(getNamedType(field.type)) || isEnumType(getNamedType(field.type))
      ? ''
      : '{ __typename }';
  const variables = Object.fromEntries(required.map((a) => [a.name, placeholder(a.type)]));
  const head = `${kind === 'Query' ? 'query' : 'mutation'}${declarations ? `(${declarations})` : ''}`;
  return { query: `${head} { ${field.name}${args ? `(${args})` : ''} ${selection} }`, variables };
}

/**
 * States that only their authors, the council or the town hall may see: any object of these types
 * in these states, reached through a public read by someone else, is a leak.
 */
const UNPUBLISHED: Record<string, string[]> = {
  Minutes: ['DRAFT', 'SUBMITTED', 'ADOPTED'],
  Proposal: ['DRAFT'],
};

/** A public read (root query) selecting everything reachable from it, generated from the SDL. */
function everythingFrom(root: string, args: Record<string, unknown>) {
  const field = (schema.getType('Query') as GraphQLObjectType).getFields()[root];
  const declared = field.args.filter((a) => a.name in args);
  const declarations = declared.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const passed = declared.map((a) => `${a.name}: $${a.name}`).join(', ');
  const named = getNamedType(field.type) as GraphQLObjectType;
  return `query${declarations ? `(${declarations})` : ''} { ${root}${passed ? `(${passed})` : ''} { ${selectionOf(named, 5)} } }`;
}

/** `Type:STATUS` of every object of a response whose type has unpublished states. */
function statesIn(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => statesIn(v, found));
  else if (value && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if (typeof object.__typename === 'string' && object.__typename in UNPUBLISHED)
      found.add(`${object.__typename}:${String(object.status)}`);
    Object.values(object).forEach((v) => statesIn(v, found));
  }
  return found;
}

describe('Authorization matrix: every operation of the SDL, for every role', () => {
  let db: TestDatabase;
  let config: AppConfig;
  let api: RunningApi;

  beforeAll(async () => {
    db = await createTestDatabase();
    config = testConfig({ DATABASE_URL: db.url });
    api = await startApi(config);
  });
  afterAll(async () => {
    await api.close();
    await db.drop();
  });

  it('lists every operation of the committed SDL', () => {
    const missing = operations.map((o) => o.field.name).filter((name) => !(name in MATRIX));
    expect(missing).toEqual([]);
    const stale = Object.keys(MATRIX).filter(
      (name) => !operations.some((o) => o.field.name === name),
    );
    expect(stale).toEqual([]);
  });

  it('finds a declared @Allow rule on the resolver of every operation', () => {
    const resolvers = [
      ...TypeMetadataStorage.getQueriesMetadata(),
      ...TypeMetadataStorage.getMutationsMetadata(),
    ];
    const undeclared = operations
      .map(({ field }) => {
        const resolver = resolvers.find((r) => r.schemaName === field.name);
        if (!resolver) return `${field.name} (no resolver)`;
        const method = (resolver.target.prototype as Record<string, object>)[resolver.methodName];
        const rule =
          Reflect.getMetadata(POLICIES, method) ?? Reflect.getMetadata(POLICIES, resolver.target);
        return rule ? null : field.name;
      })
      .filter(Boolean);
    expect(undeclared).toEqual([]);
  });

  it.each(operations.map((o) => [o.field.name, o] as const))(
    '%s lets exactly its roles through',
    async (_name, op) => {
      const outcomes: Record<string, string> = {};
      const expected: Record<string, string> = {};
      for (const role of ALL) {
        const options = ROLES[role];
        const headers = options ? bearer(await newAccount(config, db.url, options)) : {};
        // The role's token must really work, or every refusal below would be meaningless.
        if (options)
          expect((await graphql(api.url, '{ me { id } }', {}, headers)).errors).toBeUndefined();
        const { query, variables } = document(op.kind, op.field);
        const r = await graphql(api.url, query, variables, headers);
        // A refusal is any UNAUTHENTICATED or FORBIDDEN, except the answers of the operation itself
        // (a wrong password, a refresh token that is not valid): those mean the rule let it through.
        const error = r.errors?.[0]?.extensions;
        const business = ['WRONG_CREDENTIALS', 'REFRESH_TOKEN_INVALID'].includes(
          String(error?.reason),
        );
        outcomes[role] =
          (error?.code === 'UNAUTHENTICATED' || error?.code === 'FORBIDDEN') && !business
            ? String(error.code)
            : 'allowed';
        const allowed = MATRIX[op.field.name]?.includes(role);
        expected[role] = allowed
          ? 'allowed'
          : role === 'anonymous'
            ? 'UNAUTHENTICATED'
            : 'FORBIDDEN';
      }
      expect(outcomes).toEqual(expected);
    },
  );

  describe('public reads never show an unpublished state to others', () => {
    let reads: [string, Record<string, unknown>][];
    let readers: Record<string, TestAccount | null>;
    let council: Awaited<ReturnType<typeof newCouncilWithMembers>>;
    let agent: TestAccount;

    /** Every `Type:STATUS` the reader reaches through the public reads; refusals are not leaks. */
    async function statesSeenBy(reader: TestAccount | null): Promise<Set<string>> {
      const seen = new Set<string>();
      for (const [root, args] of reads) {
        const r = await graphql(
          api.url,
          everythingFrom(root, args),
          args,
          reader ? bearer(reader) : {},
        );
        for (const error of r.errors ?? [])
          expect([root, error.extensions?.code]).toEqual([root, 'NOT_FOUND']);
        statesIn(r.data, seen);
      }
      return seen;
    }

    beforeAll(async () => {
      agent = await newAgent(config, db.url);
      council = await newCouncilWithMembers(api.url, config, db.url, agent);
      const other = await newCouncilWithMembers(api.url, config, db.url, agent);
      // Meetings with draft minutes, with minutes submitted for adoption, and with minutes
      // adopted at a later meeting (not published yet).
      const meetings: string[] = [];
      const submitted: string[] = [];
      for (const submit of [false, true, true]) {
        const meeting = await openMeetingWith(api.url, council, ['Budget du quartier']);
        await ok(api.url, byId('closeMeeting'), { id: meeting.id }, council.chair);
        const { draftMinutes } = await ok<{ draftMinutes: { id: string } }>(
          api.url,
          `mutation($input: DraftMinutesInput!) { draftMinutes(input: $input) { id } }`,
          { input: { meetingId: meeting.id, summary: 'Débats encore confidentiels.' } },
          council.secretary,
        );
        if (submit)
          await ok(
            api.url,
            `mutation($id: ID!) { submitMinutes(id: $id) { id } }`,
            { id: draftMinutes.id },
            council.secretary,
          );
        if (submit) submitted.push(draftMinutes.id);
        meetings.push(meeting.id);
      }
      const adopting = await newMeeting(api.url, council);
      const { addAgendaItem } = await ok<{ addAgendaItem: MeetingView }>(
        api.url,
        ADD_ITEM,
        { input: { meetingId: adopting.id, kind: 'MINUTES', minutesId: submitted[1] } },
        council.chair,
      );
      await ok(api.url, byId('convokeMeeting'), { id: adopting.id }, council.chair);
      meetingDayOf(adopting);
      await ok(api.url, byId('openMeeting'), { id: adopting.id }, council.chair);
      await ok(
        api.url,
        ATTENDANCE,
        {
          input: {
            meetingId: adopting.id,
            entries: council.members.map((m) => ({ accountId: m.id, status: 'PRESENT' })),
          },
        },
        council.chair,
      );
      const { openBallot } = await ok<{ openBallot: { id: string } }>(
        api.url,
        OPEN_BALLOT,
        { input: { agendaItemId: addAgendaItem.agenda[0].id, secret: false } },
        council.chair,
      );
      for (const member of council.members)
        await ok(api.url, CAST, { input: { ballotId: openBallot.id, choice: 'FOR' } }, member);
      await ok(api.url, CLOSE_BALLOT, { id: openBallot.id }, council.chair);
      const { submitProposal } = await ok<{ submitProposal: { id: string } }>(
        api.url,
        `mutation($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }`,
        {
          input: {
            councilId: council.id,
            title: 'Un brouillon de proposition',
            body: 'Pas encore publié.',
            category: 'OTHER',
          },
        },
        council.others[0],
      );
      reads = [
        ['meetings', { councilId: council.id }],
        ['meetings', {}],
        ...meetings.map((id): [string, Record<string, unknown>] => ['meeting', { id }]),
        ['proposals', {}],
        ['proposal', { id: submitProposal.id }],
        ['councils', {}],
      ];
      readers = {
        anonymous: null,
        resident: await newAccount(config, db.url, { neighbourhood: council.neighbourhood }),
        memberOfAnotherCouncil: other.secretary,
      };
    });

    it('shows them to the council and the town hall (the probe sees what it looks for)', async () => {
      for (const reader of [council.secretary, council.others[1], agent]) {
        const seen = await statesSeenBy(reader);
        expect(seen).toContain('Minutes:DRAFT');
        expect(seen).toContain('Minutes:SUBMITTED');
        expect(seen).toContain('Minutes:ADOPTED');
      }
      expect(await statesSeenBy(council.others[0])).toContain('Proposal:DRAFT');
    });

    it.each(['anonymous', 'resident', 'memberOfAnotherCouncil'])(
      'auditLog shows %s only entries of allow-listed actions (drafts, accounts, census stay out)',
      async (who) => {
        const query = `query($after: String) { auditLog(first: 100, after: $after) {
          pageInfo { hasNextPage endCursor } edges { node { ${selectionOf(
            schema.getType('AuditLogEntry') as GraphQLObjectType,
            2,
          )} } } } }`;
        const seen: Record<string, unknown>[] = [];
        let after: string | null = null;
        for (;;) {
          const r: GraphQLResponse<AuditPage> = await graphql<AuditPage>(
            api.url,
            query,
            { after },
            readers[who] ? bearer(readers[who]) : {},
          );
          expect(r.errors).toBeUndefined();
          seen.push(...r.data!.auditLog.edges.map((e) => e.node));
          if (!r.data!.auditLog.pageInfo.hasNextPage) break;
          after = r.data!.auditLog.pageInfo.endCursor;
        }
        const allowed = new Set<string>(PUBLIC_AUDIT_ACTIONS);
        expect(seen.length).toBeGreaterThan(0);
        expect(seen.filter((e) => e.public !== true || !allowed.has(String(e.action)))).toEqual([]);
        // The probe: the agent does see the private entries this setup wrote.
        const full = await graphql<{ auditLog: { edges: { node: { action: string } }[] } }>(
          api.url,
          `
            {
              auditLog(first: 100, filter: { action: "proposal.submitted" }) {
                edges {
                  node {
                    action
                  }
                }
              }
            }
          `,
          {},
          bearer(agent),
        );
        expect(full.data!.auditLog.edges.length).toBeGreaterThan(0);
      },
    );

    it.each(['anonymous', 'resident', 'memberOfAnotherCouncil'])(
      'shows none to %s',
      async (who) => {
        const seen = [...(await statesSeenBy(readers[who]))];
        const leaks = seen.filter((s) => UNPUBLISHED[s.split(':')[0]].includes(s.split(':')[1]));
        expect(leaks).toEqual([]);
      },
    );
  });
});
