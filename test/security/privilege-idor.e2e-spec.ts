import { AppConfig } from '@quorum/core';
import { normalizeName } from '@quorum/identity';
import { bearer, newVerifiedResident, TestAccount } from '../support/factories';
import {
  ADD_ITEM,
  ATTENDANCE,
  byId,
  meetingDayOf,
  MeetingView,
  newMeeting,
  ok,
  OPEN_BALLOT,
  sql,
  townDayIn,
} from '../support/meeting-fixtures';
import {
  clock,
  createTestDatabase,
  graphql,
  RunningApi,
  startApi,
  testConfig,
  TestDatabase,
} from '../support/test-env';
import { rootFields } from './support/sdl-walker';
import { seedSecretWorld, SecretWorld } from './support/secret-world';

/** The people who must not act on the victim council's objects. */
type Attacker =
  | 'anonymous'
  | 'resident'
  | 'otherChair'
  | 'otherOpposition'
  | 'victimMember'
  | 'otherAuthor'
  | 'otherPartner'
  | 'partnerMember';
const EVERYONE: Attacker[] = [
  'anonymous',
  'resident',
  'otherChair',
  'otherOpposition',
  'victimMember',
  'otherAuthor',
];
const but = (...roles: Attacker[]) => EVERYONE.filter((r) => !roles.includes(r));
/** With a member of another partner association: it acts for a partner, not for this one. */
const WITH_OTHER_PARTNER: Attacker[] = [...EVERYONE, 'otherPartner'];
/** With the members of partner associations, the victim's one included: agents' operations. */
const NON_AGENTS: Attacker[] = [...WITH_OTHER_PARTNER, 'partnerMember'];

const worksInput = (t: Targets) => ({
  title: 'Travaux pirates',
  description: 'Posés par un autre',
  address: 'rue des Écoles',
  startsOn: townDayIn(1),
  endsOn: townDayIn(4),
  councilIds: [t.world.victim.id],
});
const placeInput = {
  name: 'Salle pirate',
  kind: 'HALL',
  address: '1 rue du Port',
  entrance: 'ACCESSIBLE',
  toilets: 'ACCESSIBLE',
  hearingLoop: 'ACCESSIBLE',
  parking: 'ACCESSIBLE',
  evidence: 'Je le dis',
  checkedOn: townDayIn(0),
};

/** The objects of the victim council (and its people) the attacks aim at. */
interface Targets {
  world: SecretWorld;
  draftMeeting: MeetingView;
  liveMeeting: MeetingView;
  openBallotId: string;
  freshCommentId: string;
  chairMembershipId: string;
}

interface Case {
  /** The operation's arguments, aimed at the victim's objects. */
  variables: (t: Targets) => Record<string, unknown>;
  /** Default: every attacker. */
  attackers?: Attacker[];
  /**
   * `refused`: UNAUTHENTICATED, FORBIDDEN or NOT_FOUND. `no-op`: the operation is about the
   * caller's own state and answers that nothing changed (for example withdrawSupport without a
   * support); refusals are fine too. In both cases no table may change.
   */
  expect?: 'refused' | 'no-op';
  /** Why the case aims where it does. */
  why?: string;
}

/**
 * Every mutation of the committed SDL: its IDOR cases, or why it has none (it acts only on the
 * caller's own account or session, by design). A mutation missing here fails the test.
 */
const CASES: Record<string, Case[] | string> = {
  register: 'creates a new account: no object of anyone else',
  login: 'opens a session of the account whose password it is',
  verifyEmail: 'needs the token e-mailed to the address (covered in accounts.e2e-spec.ts)',
  refreshToken: 'needs the refresh token of the session (covered in accounts.e2e-spec.ts)',
  requestPasswordReset: 'e-mails the address itself, never says anything (by design)',
  resetPassword: 'needs the token e-mailed to the address',
  logout: "closes the caller's own session",
  deleteMyAccount: "erases the caller's own account, with its password",
  claimResidency: "the caller's own residency (an entry already held is answered NOT_FOUND)",
  updateNotificationPreferences: "the caller's own preferences",
  followCouncil: 'anyone may follow a council: it is public',
  unfollowCouncil: "the caller's own follow",
  followProposal: [
    {
      variables: (t) => ({ id: t.world.draftProposalId }),
      why: "someone else's draft is not there",
    },
  ],
  unfollowProposal: [{ variables: (t) => ({ id: t.world.draftProposalId }), expect: 'no-op' }],
  markNotificationsRead: [
    {
      // Ids of someone else's notifications would be one; the worker is not running here, so
      // the ids of other objects stand for them: nothing of anyone else is marked.
      variables: (t) => ({ input: { ids: [t.world.publicProposalId] } }),
      attackers: but('anonymous'),
      expect: 'no-op',
    },
  ],
  createCouncil: [
    {
      variables: () => ({
        input: {
          name: 'Conseil pirate',
          slug: 'conseil-pirate',
          neighbourhood: 'Nulle part',
          perimeterDescription: 'Partout',
        },
      }),
    },
  ],
  updateCouncilCharter: [
    {
      variables: (t) => ({ input: { councilId: t.world.victim.id, charter: { quorum: 1 } } }),
    },
  ],
  addCouncilMember: [
    {
      variables: (t) => ({
        input: {
          councilId: t.world.victim.id,
          accountId: t.world.other.chair.id,
          college: 'RESIDENTS',
          role: 'CHAIR',
        },
      }),
    },
  ],
  endMembership: [
    {
      variables: (t) => ({ input: { membershipId: t.chairMembershipId, reason: 'Coup de force' } }),
      why: "another member's seat",
    },
  ],
  volunteerForSortition: [
    {
      variables: (t) => ({ input: { councilId: t.world.victim.id, gender: 'MALE' } }),
      // A resident of the neighbourhood may volunteer (by design).
      attackers: but('resident', 'victimMember', 'otherAuthor'),
    },
  ],
  announceSortition: [
    {
      variables: (t) => ({
        input: { councilId: t.world.victim.id, seats: 1, seedRule: 'Mon choix' },
      }),
    },
  ],
  runSortition: [
    {
      variables: (t) => ({
        input: { sortitionId: t.world.ids.Sortition[0], seed: 'choisie' },
      }),
    },
  ],
  importCensus: [
    {
      variables: () => ({
        input: { csv: 'nom;prenoms;date_naissance;quartier\nA;B;1980-01-01;C' },
      }),
    },
  ],
  verifyResident: [
    {
      variables: (t) => ({
        input: { accountId: t.world.victim.others[2].id, neighbourhood: 'Ailleurs' },
      }),
    },
  ],
  setAccountRole: [
    { variables: (t) => ({ input: { accountId: t.world.victim.chair.id, role: 'ADMIN' } }) },
  ],
  submitProposal: [
    {
      variables: (t) => ({
        input: {
          councilId: t.world.victim.id,
          title: 'Une proposition',
          body: 'Texte',
          category: 'OTHER',
        },
      }),
      // Anyone verified may write to a council: only the anonymous and the unverified may not.
      attackers: ['anonymous'],
    },
  ],
  publishProposal: [
    {
      variables: (t) => ({ id: t.world.draftProposalId }),
      why: "another author's draft",
    },
  ],
  withdrawProposal: [
    {
      variables: (t) => ({ id: t.world.publicProposalId }),
      why: "another author's proposal",
    },
  ],
  supportProposal: [
    {
      variables: (t) => ({ id: t.world.draftProposalId }),
      why: "someone else's draft is not there",
    },
    {
      variables: (t) => ({ id: t.world.publicProposalId }),
      // Residents of the neighbourhood may support (by design); others may not.
      attackers: ['anonymous', 'otherChair', 'otherOpposition'],
    },
  ],
  withdrawSupport: [
    {
      variables: (t) => ({ id: t.world.draftProposalId }),
      why: "someone else's draft is not there",
    },
    {
      variables: (t) => ({ id: t.world.publicProposalId }),
      attackers: but('anonymous'),
      expect: 'no-op',
      why: 'withdraws only the caller’s own support (none): never anyone else’s',
    },
  ],
  commentOnProposal: [
    {
      variables: (t) => ({ input: { proposalId: t.world.draftProposalId, body: 'Je passe' } }),
      why: "someone else's draft is not there",
    },
  ],
  editComment: [
    {
      variables: (t) => ({ input: { commentId: t.freshCommentId, body: 'Réécrit par un autre' } }),
      why: "another person's comment",
    },
  ],
  reportContent: [
    {
      variables: (t) => ({
        input: {
          targetType: 'PROPOSAL',
          targetId: t.world.draftProposalId,
          reason: 'Propos déplacés',
        },
      }),
      why: "someone else's draft is not there",
    },
  ],
  moderateContent: [
    {
      variables: (t) => ({
        input: {
          targetType: 'PROPOSAL',
          targetId: t.world.hiddenProposalId,
          action: 'RESTORE',
          reason: 'Je la remets',
        },
      }),
    },
  ],
  answerProposal: [
    {
      variables: (t) => ({
        input: {
          proposalId: t.world.publicProposalId,
          answer: 'ACCEPTED',
          justification: 'Parce que',
        },
      }),
    },
  ],
  markProposalImplemented: [{ variables: (t) => ({ id: t.world.publicProposalId }) }],
  scheduleMeeting: [
    {
      variables: (t) => ({
        input: {
          councilId: t.world.victim.id,
          startsAt: new Date(Date.now() + 20 * 86_400_000).toISOString(),
          place: 'Chez moi',
          accessible: true,
        },
      }),
    },
  ],
  convokeMeeting: [{ variables: (t) => ({ id: t.draftMeeting.id }) }],
  openMeeting: [{ variables: (t) => ({ id: t.draftMeeting.id }) }],
  closeMeeting: [{ variables: (t) => ({ id: t.liveMeeting.id }) }],
  cancelMeeting: [
    { variables: (t) => ({ input: { meetingId: t.draftMeeting.id, reason: 'Par moi' } }) },
  ],
  addAgendaItem: [
    {
      variables: (t) => ({
        input: { meetingId: t.draftMeeting.id, kind: 'TOWN_HALL', title: 'Mon point' },
      }),
    },
    {
      variables: (t) => ({
        input: { meetingId: t.draftMeeting.id, kind: 'OPPOSITION', title: 'Point de l’opposition' },
      }),
      why: 'the opposition of another council has no quota here',
    },
  ],
  removeAgendaItem: [{ variables: (t) => ({ id: t.draftMeeting.agenda[0].id }) }],
  reorderAgenda: [
    {
      variables: (t) => ({
        input: {
          meetingId: t.draftMeeting.id,
          itemIds: [...t.draftMeeting.agenda].reverse().map((i) => i.id),
        },
      }),
    },
  ],
  recordAttendance: [
    {
      variables: (t) => ({
        input: {
          meetingId: t.liveMeeting.id,
          entries: [{ accountId: t.world.victim.chair.id, status: 'ABSENT' }],
        },
      }),
    },
  ],
  openBallot: [
    {
      variables: (t) => ({ input: { agendaItemId: t.liveMeeting.agenda[1].id, secret: false } }),
    },
  ],
  closeBallot: [{ variables: (t) => ({ id: t.openBallotId }) }],
  castVote: [
    {
      variables: (t) => ({ input: { ballotId: t.openBallotId, choice: 'AGAINST' } }),
      // A present member of the council votes (by design).
      attackers: but('victimMember'),
    },
    {
      variables: (t) => ({
        input: {
          ballotId: t.openBallotId,
          choice: 'AGAINST',
          onBehalfOf: t.world.victim.chair.id,
        },
      }),
      why: 'a vote in the name of another member, without a proxy',
    },
  ],
  draftMinutes: [
    {
      variables: (t) => ({ input: { meetingId: t.world.meetingIds[0], summary: 'Réécrit' } }),
    },
  ],
  submitMinutes: [{ variables: (t) => ({ id: t.world.minutesIds[0] }) }],
  publishMinutes: [{ variables: (t) => ({ id: t.world.minutesIds[2] }) }],
  addOppositionStatement: [
    {
      variables: (t) => ({
        input: { minutesId: t.world.minutesIds[1], body: 'Une déclaration étrangère' },
      }),
    },
  ],
  updateOppositionStatement: [
    {
      variables: (t) => ({
        input: { statementId: t.world.statementId, body: 'Réécrite par un autre' },
      }),
      why: 'another councillor’s statement',
    },
  ],

  // Issue 19: partner associations and their solidarity entries, works, places.
  proposeAssociation: [
    {
      variables: () => ({
        input: { name: 'Association anonyme', description: 'Sans nom', fields: ['OTHER'] },
      }),
      // Anyone signed in may propose one (they become its first member): not the anonymous.
      attackers: ['anonymous'],
    },
  ],
  decideOnAssociation: [
    {
      variables: (t) => ({
        input: { associationId: t.world.partners.pendingAssociationId, status: 'PARTNER' },
      }),
      attackers: NON_AGENTS,
    },
    {
      variables: (t) => ({
        input: {
          associationId: t.world.partners.associationId,
          status: 'SUSPENDED',
          reason: 'Par jalousie',
        },
      }),
      attackers: NON_AGENTS,
      why: 'only the town hall decides, not even the association itself',
    },
  ],
  updateAssociation: [
    {
      variables: (t) => ({
        input: {
          associationId: t.world.partners.associationId,
          name: 'Association détournée',
          description: 'Réécrite par un autre',
          fields: ['OTHER'],
        },
      }),
      attackers: WITH_OTHER_PARTNER,
      why: 'another association’s page',
    },
  ],
  addAssociationMember: [
    {
      variables: (t) => ({
        input: {
          associationId: t.world.partners.associationId,
          accountId: t.world.partners.otherPartner.id,
        },
      }),
      attackers: WITH_OTHER_PARTNER,
      why: 'joining another association, or placing someone in it',
    },
  ],
  removeAssociationMember: [
    {
      variables: (t) => ({
        input: {
          associationId: t.world.partners.associationId,
          accountId: t.world.partners.member.id,
        },
      }),
      attackers: WITH_OTHER_PARTNER,
      why: 'another association’s member',
    },
  ],
  seatAssociationInCouncil: [
    {
      variables: (t) => ({
        input: {
          associationId: t.world.partners.associationId,
          accountId: t.world.partners.member.id,
          councilId: t.world.victim.id,
        },
      }),
      attackers: NON_AGENTS,
      why: 'seats are given by agents, not by the association’s own members',
    },
  ],
  createSolidarityEntry: [
    {
      variables: (t) => ({
        input: {
          title: 'Une permanence en son nom',
          address: '1 rue du Port',
          associationId: t.world.partners.associationId,
        },
      }),
      attackers: WITH_OTHER_PARTNER,
      why: 'an entry in the name of another association',
    },
  ],
  updateSolidarityEntry: [
    {
      variables: (t) => ({
        input: {
          entryId: t.world.partners.publishedEntryId,
          title: 'Réécrite par un autre',
          address: '1 rue du Port',
        },
      }),
      attackers: WITH_OTHER_PARTNER,
      why: 'another association’s entry',
    },
    {
      variables: (t) => ({
        input: { entryId: t.world.partners.draftEntryId, title: 'Réécrit', address: 'Ailleurs' },
      }),
      attackers: WITH_OTHER_PARTNER,
      why: 'another association’s draft is not there',
    },
  ],
  confirmSolidarityEntry: [
    {
      variables: (t) => ({ entryId: t.world.partners.publishedEntryId }),
      attackers: WITH_OTHER_PARTNER,
      why: 'another association’s entry',
    },
  ],
  setSolidarityEntryStatus: [
    {
      variables: (t) => ({
        input: { entryId: t.world.partners.draftEntryId, status: 'PUBLISHED' },
      }),
      attackers: NON_AGENTS,
      why: 'agents publish: not even the association that wrote it',
    },
    {
      variables: (t) => ({
        input: { entryId: t.world.partners.otherEntryId, status: 'WITHDRAWN' },
      }),
      attackers: NON_AGENTS,
    },
  ],
  importSolidarityEntries: [
    {
      variables: () => ({
        input: { csv: 'titre;adresse\nDistribution pirate;1 rue du Port', publish: true },
      }),
      attackers: NON_AGENTS,
    },
  ],
  postWorks: [
    {
      variables: (t) => ({
        input: { ...worksInput(t), detour: 'Par ailleurs', detourAccessible: true },
      }),
      attackers: NON_AGENTS,
    },
  ],
  updateWorks: [
    {
      variables: (t) => ({ input: { ...worksInput(t), id: t.world.partners.currentWorksId } }),
      attackers: NON_AGENTS,
    },
  ],
  changeDetour: [
    {
      variables: (t) => ({
        input: {
          worksId: t.world.partners.currentWorksId,
          description: 'Par mon jardin',
          accessible: false,
          reason: 'Parce que',
        },
      }),
      attackers: NON_AGENTS,
    },
  ],
  followWorks: 'anyone signed in may follow public works: the follow is their own',
  unfollowWorks: [
    {
      variables: (t) => ({ id: t.world.partners.currentWorksId }),
      expect: 'no-op',
      why: 'ends only the caller’s own follow (none): never anyone else’s',
    },
  ],
  reportDetourProblem: [
    {
      variables: (t) => ({
        input: {
          worksId: t.world.partners.currentWorksId,
          problem: 'BLOCKED',
          place: 'Au coin',
          description: 'Bloqué',
        },
      }),
      // Anyone signed in with a verified address may report (by design).
      attackers: ['anonymous'],
    },
  ],
  answerDetourReport: [
    {
      variables: (t) => ({
        input: { reportId: t.world.partners.detourReportId, answer: 'Réponse d’un autre' },
      }),
      attackers: NON_AGENTS,
    },
  ],
  hideDetourReport: [
    {
      variables: (t) => ({
        input: {
          reportId: t.world.partners.detourReportId,
          reason: 'Masqué par quelqu’un d’autre',
        },
      }),
      attackers: NON_AGENTS,
    },
  ],
  assessWorks: [
    {
      variables: (t) => ({
        input: {
          worksId: t.world.partners.comingWorksId,
          associationId: t.world.partners.associationId,
          opinion: 'UNFAVOURABLE',
          comment: 'Au nom d’une autre association',
        },
      }),
      attackers: WITH_OTHER_PARTNER,
      why: 'an assessment in the name of an association the caller does not act for',
    },
    {
      variables: (t) => ({
        input: {
          worksId: t.world.partners.comingWorksId,
          associationId: t.world.partners.otherAssociationId,
          opinion: 'FAVOURABLE',
          comment: 'Pour une association non consultée',
        },
      }),
      // Its own member is answered ASSESSMENT_NOT_REQUESTED (tested in works.e2e-spec.ts).
      attackers: [...EVERYONE, 'partnerMember'],
      why: 'an association not asked, by people who do not act for it',
    },
  ],
  createPlace: [{ variables: () => ({ input: placeInput }), attackers: NON_AGENTS }],
  updatePlace: [
    {
      variables: (t) => ({ input: { ...placeInput, id: t.world.partners.placeId } }),
      attackers: NON_AGENTS,
    },
  ],
  reportPlaceProblem: [
    {
      variables: (t) => ({ input: { placeId: t.world.partners.placeId, body: 'Marche cassée' } }),
      attackers: ['anonymous'],
    },
  ],
  answerPlaceReport: [
    {
      variables: (t) => ({
        input: { reportId: t.world.partners.placeReportId, answer: 'Réponse d’un autre' },
      }),
      attackers: NON_AGENTS,
    },
  ],
  hidePlaceReport: [
    {
      variables: (t) => ({
        input: { reportId: t.world.partners.placeReportId, reason: 'Masqué par quelqu’un d’autre' },
      }),
      attackers: NON_AGENTS,
    },
  ],
  addAssociationMemberByEmail: [
    {
      variables: (t) => ({
        input: {
          associationId: t.world.partners.associationId,
          email: t.world.partners.otherPartner.email,
        },
      }),
      attackers: WITH_OTHER_PARTNER,
      why: 'joining another association, or placing someone in it, by an address',
    },
  ],
};

/** Rows of every table, as one hash per table: a refused attack must leave them all as they were. */
async function tableState(ownerUrl: string): Promise<Record<string, string>> {
  const tables = await sql<{ name: string }>(
    ownerUrl,
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'migrations'
      ORDER BY 1`,
  );
  const query = tables
    .map(
      ({ name }) =>
        `SELECT '${name}' AS name, count(*)::text || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS state FROM "${name}" t`,
    )
    .join(' UNION ALL ');
  const rows = await sql<{ name: string; state: string }>(ownerUrl, query);
  return Object.fromEntries(rows.map((r) => [r.name, r.state]));
}

function documentOf(operation: string, variables: Record<string, unknown>): string {
  const field = rootFields('Mutation').find((f) => f.name === operation)!;
  const passed = field.args.filter((a) => a.name in variables);
  const declarations = passed.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = passed.map((a) => `${a.name}: $${a.name}`).join(', ');
  const scalar = ['Boolean', 'Int', 'String', 'ID'].includes(
    String(field.type).replace(/[![\]]/g, ''),
  );
  return `mutation(${declarations}) { ${operation}(${args})${scalar ? '' : ' { __typename }'} }`;
}

/**
 * Item 6 of issue 18: every mutation of the SDL, by every kind of outsider, against the objects
 * of another council, another author, another member → refused, and no table changed.
 */
describe('Privilege: every mutation against objects of others (issue 18, item 6)', () => {
  let db: TestDatabase;
  let config: AppConfig;
  let api: RunningApi;
  let targets: Targets;
  let attackers: Record<Attacker, TestAccount | null>;

  beforeAll(async () => {
    db = await createTestDatabase();
    config = testConfig({ DATABASE_URL: db.url });
    api = await startApi(config);
    const world = await seedSecretWorld(api.url, config, db.url);
    const { victim } = world;
    const draftMeeting = await newMeeting(api.url, victim);
    const liveScheduled = await newMeeting(api.url, victim, { days: 12 });
    for (const [meeting, titles] of [
      [draftMeeting, ['Point un', 'Point deux']],
      [liveScheduled, ['Vote en cours', 'Point suivant']],
    ] as const)
      for (const title of titles)
        await ok(
          api.url,
          ADD_ITEM,
          { input: { meetingId: meeting.id, kind: 'TOWN_HALL', title } },
          victim.chair,
        );
    await ok(api.url, byId('convokeMeeting'), { id: liveScheduled.id }, victim.chair);
    meetingDayOf(liveScheduled);
    await ok(api.url, byId('openMeeting'), { id: liveScheduled.id }, victim.chair);
    const { recordAttendance: liveMeeting } = await ok<{ recordAttendance: MeetingView }>(
      api.url,
      ATTENDANCE,
      {
        input: {
          meetingId: liveScheduled.id,
          entries: victim.members.map((m) => ({ accountId: m.id, status: 'PRESENT' })),
        },
      },
      victim.chair,
    );
    const { openBallot } = await ok<{ openBallot: { id: string } }>(
      api.url,
      OPEN_BALLOT,
      { input: { agendaItemId: liveMeeting.agenda[0].id, secret: false } },
      victim.chair,
    );
    clock.reset();
    const { meeting: draftRead } = await ok<{ meeting: MeetingView }>(
      api.url,
      `query($id: ID!) { meeting(id: $id) { id agenda { id } } }`,
      { id: draftMeeting.id },
    );
    const { commentOnProposal } = await ok<{ commentOnProposal: { id: string } }>(
      api.url,
      `mutation($input: CommentOnProposalInput!) { commentOnProposal(input: $input) { id } }`,
      { input: { proposalId: world.publicProposalId, body: 'Mon commentaire' } },
      victim.others[0],
    );
    const [{ id: chairMembershipId }] = await sql<{ id: string }>(
      db.ownerUrl,
      `SELECT id FROM council_membership WHERE council_id = $1 AND account_id = $2`,
      [victim.id, victim.chair.id],
    );
    targets = {
      world,
      draftMeeting: draftRead,
      liveMeeting,
      openBallotId: openBallot.id,
      freshCommentId: commentOnProposal.id,
      chairMembershipId,
    };
    // The author of another proposal of the same council (a resident of its neighbourhood).
    const otherAuthor = await newVerifiedResident(config, db.url, {
      neighbourhood: normalizeName(victim.neighbourhood),
    });
    await ok(
      api.url,
      `mutation($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }`,
      {
        input: {
          councilId: victim.id,
          title: 'Ma propre proposition',
          body: 'Texte',
          category: 'OTHER',
          publish: true,
        },
      },
      otherAuthor,
    );
    attackers = {
      anonymous: null,
      resident: await newVerifiedResident(config, db.url, {
        neighbourhood: normalizeName(victim.neighbourhood),
      }),
      otherChair: world.other.chair,
      otherOpposition: world.other.opposition,
      // A plain member of the victim council: an insider, but not its chair, author or secretary.
      victimMember: victim.others[2],
      otherAuthor,
      otherPartner: world.partners.otherPartner,
      partnerMember: world.partners.member,
    };
  });
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('has cases (or a reason for none) for every mutation of the committed SDL', () => {
    const mutations = rootFields('Mutation').map((f) => f.name);
    expect(mutations.filter((name) => !(name in CASES))).toEqual([]);
    expect(Object.keys(CASES).filter((name) => !mutations.includes(name))).toEqual([]);
  });

  const withCases = Object.entries(CASES).filter(
    (entry): entry is [string, Case[]] => typeof entry[1] !== 'string',
  );

  it.each(withCases)('%s: refused to outsiders, nothing changed', async (operation, cases) => {
    const outcomes: string[] = [];
    for (const [index, c] of cases.entries()) {
      const variables = c.variables(targets);
      const before = await tableState(db.ownerUrl);
      for (const who of c.attackers ?? EVERYONE) {
        const account = attackers[who];
        const r = await graphql(
          api.url,
          documentOf(operation, variables),
          variables,
          account ? bearer(account) : {},
        );
        const code = r.errors?.[0]?.extensions?.code;
        const refused = ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'].includes(String(code));
        const fine = refused || (c.expect === 'no-op' && !r.errors);
        if (!fine)
          outcomes.push(
            `case ${index} as ${who}: ${code ?? 'allowed'} ${JSON.stringify(r.errors?.[0]?.extensions ?? r.data).slice(0, 200)}`,
          );
      }
      const after = await tableState(db.ownerUrl);
      const changed = Object.keys(after).filter((table) => after[table] !== before[table]);
      if (changed.length) outcomes.push(`case ${index}: tables changed: ${changed.join(', ')}`);
    }
    expect(outcomes).toEqual([]);
  });

  it('leaves the audit chain whole after every attempt', async () => {
    const r = await graphql<{ verifyAuditChain: { valid: boolean; checked: number } }>(
      api.url,
      '{ verifyAuditChain { valid checked } }',
    );
    expect(r.data!.verifyAuditChain.valid).toBe(true);
    const [{ count }] = await sql<{ count: string }>(db.ownerUrl, 'SELECT count(*) FROM audit_log');
    expect(r.data!.verifyAuditChain.checked).toBe(Number(count));
  });
});
