import { randomInt } from 'node:crypto';
import { AppConfig } from '@quorum/core';
import { normalizeName } from '@quorum/identity';
import { newAccount, newAgent, newVerifiedResident, TestAccount } from '../../support/factories';
import {
  ADD_ITEM,
  ATTENDANCE,
  byId,
  CAST,
  CLOSE_BALLOT,
  CouncilWithMembers,
  meetingDayOf,
  MeetingView,
  newCouncilWithMembers,
  newMeeting,
  ok,
  OPEN_BALLOT,
  openMeetingWith,
  sql,
  townDayIn,
} from '../../support/meeting-fixtures';

/**
 * A marker nobody could write by chance: letters only (census names and full-text search keep
 * them whole), upper case, unique to this run.
 */
export function marker(kind: string): string {
  const letters = Array.from({ length: 12 }, () => String.fromCharCode(65 + randomInt(26))).join(
    '',
  );
  return `QLK${kind.toUpperCase()}${letters}`;
}

/** Every secret the world holds, as a string that must never come back to an outsider. */
export interface Secrets {
  draftProposalTitle: string;
  draftProposalBody: string;
  hiddenProposalBody: string;
  hiddenCommentBody: string;
  reportReason: string;
  draftMinutesSummary: string;
  submittedMinutesSummary: string;
  adoptedMinutesSummary: string;
  unpublishedStatement: string;
  censusLastName: string;
  censusFirstNames: string;
  volunteerName: string;
  /** A pending association: wholly hidden until an agent approves it. */
  pendingAssociationName: string;
  pendingAssociationDescription: string;
  pendingAssociationContact: string;
  /** Why an association was declined: its members and agents only. */
  declineReason: string;
  /** Who acts for a partner association (not seated): its members and agents only. */
  associationMemberName: string;
  /** A draft solidarity entry: its association and agents only. */
  draftEntryTitle: string;
  draftEntryDescription: string;
  /** Authors of reports on a detour and on a place: the reports are public, never their names. */
  detourReporterName: string;
  placeReporterName: string;
  /** Reports hidden by an agent (moderation): their text and the reason leave every public read. */
  hiddenDetourReportText: string;
  hiddenPlaceReportText: string;
  hiddenReportReason: string;
}

/** The objects of the partner associations, works and places libs (issue 19). */
export interface PartnerWorld {
  /** A partner (DISABILITY) whose members are `member` (not seated) and `seated` (in victim). */
  associationId: string;
  member: TestAccount;
  seated: TestAccount;
  /** Another partner (FOOD_AID), never asked for an assessment; `otherPartner` acts for it. */
  otherAssociationId: string;
  otherPartner: TestAccount;
  pendingAssociationId: string;
  declinedAssociationId: string;
  /** Entries of `associationId`: one published, one draft. */
  publishedEntryId: string;
  draftEntryId: string;
  /** A town-wide entry of the other partner, published. */
  otherEntryId: string;
  /** Works under way (its detour reported, unanswered) and coming (assessment asked). */
  currentWorksId: string;
  comingWorksId: string;
  detourReportId: string;
  placeId: string;
  placeReportId: string;
  /** A second report of the same authors on each, hidden by the agent. */
  hiddenDetourReportId: string;
  hiddenPlaceReportId: string;
  /** The authors of the detour report and of the place report. */
  reporters: TestAccount[];
  /** Proposed the pending and the declined associations. */
  pendingFounder: TestAccount;
}

export interface SecretWorld {
  agent: TestAccount;
  /** The council holding the secrets. */
  victim: CouncilWithMembers;
  /** Another council: its members are outsiders to the victim's secrets. */
  other: CouncilWithMembers;
  secrets: Secrets;
  /** Tokens and keys: session tokens of a login, the server's keys, a password hash. */
  tokens: string[];
  /** Every account made, to check no one sees another's e-mail address. */
  accounts: TestAccount[];
  /** Objects to pass as arguments, by GraphQL type name. */
  ids: Record<string, string[]>;
  slugs: string[];
  draftProposalId: string;
  hiddenProposalId: string;
  publicProposalId: string;
  hiddenCommentId: string;
  visibleCommentId: string;
  secretBallotId: string;
  meetingIds: string[];
  /** Minutes: draft, submitted, adopted (unpublished). */
  minutesIds: string[];
  statementId: string;
  partners: PartnerWorld;
}

const SUBMIT = `mutation($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }`;
const COMMENT = `mutation($input: CommentOnProposalInput!) { commentOnProposal(input: $input) { id } }`;
const MODERATE = `mutation($input: ModerateContentInput!) { moderateContent(input: $input) { hidden } }`;

/**
 * Seeds, through the API, a town with each kind of secret the platform keeps as unique markers:
 * a draft proposal, a hidden proposal and comment, a report's reason, draft / submitted /
 * adopted-unpublished minutes with an opposition statement, a secret ballot, census rows, tokens.
 */
export async function seedSecretWorld(
  url: string,
  config: AppConfig,
  databaseUrl: string,
): Promise<SecretWorld> {
  const secrets: Secrets = {
    draftProposalTitle: marker('draftTitle'),
    draftProposalBody: marker('draftBody'),
    hiddenProposalBody: marker('hiddenBody'),
    hiddenCommentBody: marker('hiddenComment'),
    reportReason: marker('report'),
    draftMinutesSummary: marker('minDraft'),
    submittedMinutesSummary: marker('minSubmitted'),
    adoptedMinutesSummary: marker('minAdopted'),
    unpublishedStatement: marker('statement'),
    censusLastName: marker('censusLast'),
    censusFirstNames: marker('censusFirst'),
    volunteerName: marker('volunteer'),
    pendingAssociationName: marker('pendingAssoc'),
    pendingAssociationDescription: marker('pendingAssocText'),
    pendingAssociationContact: `${marker('assocContact').toLowerCase()}@example.fr`,
    declineReason: marker('declined'),
    associationMemberName: marker('assocMember'),
    draftEntryTitle: marker('draftEntry'),
    draftEntryDescription: marker('draftEntryText'),
    detourReporterName: marker('detourReporter'),
    placeReporterName: marker('placeReporter'),
    hiddenDetourReportText: marker('hiddenDetour'),
    hiddenPlaceReportText: marker('hiddenPlace'),
    hiddenReportReason: marker('hiddenWhy'),
  };
  const agent = await newAgent(config, databaseUrl);
  const victim = await newCouncilWithMembers(url, config, databaseUrl, agent);
  const other = await newCouncilWithMembers(url, config, databaseUrl, agent);
  const [author, hiddenAuthor, commenter] = victim.others;

  const draft = await ok<{ submitProposal: { id: string } }>(
    url,
    SUBMIT,
    {
      input: {
        councilId: victim.id,
        title: `Brouillon ${secrets.draftProposalTitle}`,
        body: `Texte ${secrets.draftProposalBody}`,
        category: 'OTHER',
      },
    },
    author,
  );
  const hidden = await ok<{ submitProposal: { id: string } }>(
    url,
    SUBMIT,
    {
      input: {
        councilId: victim.id,
        title: 'Une proposition signalée',
        body: `Texte injurieux ${secrets.hiddenProposalBody}`,
        category: 'OTHER',
        publish: true,
      },
    },
    hiddenAuthor,
  );
  const visible = await ok<{ submitProposal: { id: string } }>(
    url,
    SUBMIT,
    {
      input: {
        councilId: victim.id,
        title: 'Des bancs sur la place',
        body: 'Pour se reposer.',
        category: 'PUBLIC_SPACE',
        publish: true,
      },
    },
    hiddenAuthor,
  );
  const hiddenComment = await ok<{ commentOnProposal: { id: string } }>(
    url,
    COMMENT,
    {
      input: {
        proposalId: visible.submitProposal.id,
        body: `Commentaire ${secrets.hiddenCommentBody}`,
      },
    },
    commenter,
  );
  const visibleComment = await ok<{ commentOnProposal: { id: string } }>(
    url,
    COMMENT,
    { input: { proposalId: visible.submitProposal.id, body: 'Bonne idée.' } },
    commenter,
  );
  for (const [targetType, targetId] of [
    ['PROPOSAL', hidden.submitProposal.id],
    ['COMMENT', hiddenComment.commentOnProposal.id],
  ])
    await ok(
      url,
      MODERATE,
      { input: { targetType, targetId, action: 'HIDE', reason: 'Propos injurieux' } },
      agent,
    );
  await ok(
    url,
    `mutation($input: ReportContentInput!) { reportContent(input: $input) }`,
    {
      input: {
        targetType: 'COMMENT',
        targetId: visibleComment.commentOnProposal.id,
        reason: `Motif ${secrets.reportReason}`,
      },
    },
    victim.others[2],
  );

  // Minutes: one draft, one submitted (with an opposition statement), one adopted at a later
  // meeting and not published.
  const meetingIds: string[] = [];
  const minutesIds: string[] = [];
  const summaries = [
    secrets.draftMinutesSummary,
    secrets.submittedMinutesSummary,
    secrets.adoptedMinutesSummary,
  ];
  for (const [index, summary] of summaries.entries()) {
    const meeting = await openMeetingWith(url, victim, ['Budget du quartier']);
    await ok(url, byId('closeMeeting'), { id: meeting.id }, victim.chair);
    const { draftMinutes } = await ok<{ draftMinutes: { id: string } }>(
      url,
      `mutation($input: DraftMinutesInput!) { draftMinutes(input: $input) { id } }`,
      { input: { meetingId: meeting.id, summary: `Débats ${summary}` } },
      victim.secretary,
    );
    if (index > 0)
      await ok(
        url,
        `mutation($id: ID!) { submitMinutes(id: $id) { id } }`,
        { id: draftMinutes.id },
        victim.secretary,
      );
    meetingIds.push(meeting.id);
    minutesIds.push(draftMinutes.id);
  }
  const { addOppositionStatement } = await ok<{ addOppositionStatement: { id: string } }>(
    url,
    `mutation($input: AddOppositionStatementInput!) { addOppositionStatement(input: $input) { id } }`,
    { input: { minutesId: minutesIds[1], body: `Déclaration ${secrets.unpublishedStatement}` } },
    victim.opposition,
  );

  // The adopting meeting: a public ballot adopts the third minutes, then a secret ballot.
  const adopting = await newMeeting(url, victim);
  await ok(
    url,
    ADD_ITEM,
    { input: { meetingId: adopting.id, kind: 'MINUTES', minutesId: minutesIds[2] } },
    victim.chair,
  );
  const { addAgendaItem } = await ok<{ addAgendaItem: MeetingView }>(
    url,
    ADD_ITEM,
    { input: { meetingId: adopting.id, kind: 'TOWN_HALL', title: 'Vote à bulletin secret' } },
    victim.chair,
  );
  await ok(url, byId('convokeMeeting'), { id: adopting.id }, victim.chair);
  meetingDayOf(adopting);
  await ok(url, byId('openMeeting'), { id: adopting.id }, victim.chair);
  await ok(
    url,
    ATTENDANCE,
    {
      input: {
        meetingId: adopting.id,
        entries: victim.members.map((m) => ({ accountId: m.id, status: 'PRESENT' })),
      },
    },
    victim.chair,
  );
  const [minutesItem, secretItem] = addAgendaItem.agenda;
  const adoption = await ok<{ openBallot: { id: string } }>(
    url,
    OPEN_BALLOT,
    { input: { agendaItemId: minutesItem.id, secret: false } },
    victim.chair,
  );
  for (const member of victim.members)
    await ok(url, CAST, { input: { ballotId: adoption.openBallot.id, choice: 'FOR' } }, member);
  await ok(url, CLOSE_BALLOT, { id: adoption.openBallot.id }, victim.chair);
  const secret = await ok<{ openBallot: { id: string } }>(
    url,
    OPEN_BALLOT,
    { input: { agendaItemId: secretItem.id, secret: true } },
    victim.chair,
  );
  const choices = ['FOR', 'AGAINST', 'ABSTAIN'];
  for (const [index, member] of victim.members.entries())
    await ok(
      url,
      CAST,
      { input: { ballotId: secret.openBallot.id, choice: choices[index % 3] } },
      member,
    );
  await ok(url, CLOSE_BALLOT, { id: secret.openBallot.id }, victim.chair);
  meetingIds.push(adopting.id);

  // Census rows (stored as keyed hashes), and one of them claimed.
  await ok(
    url,
    `mutation($csv: String!) { importCensus(input: { csv: $csv }) { accepted } }`,
    {
      csv: [
        'nom;prenoms;date_naissance;quartier',
        `${secrets.censusLastName};${secrets.censusFirstNames};1984-03-12;${victim.neighbourhood}`,
        `${secrets.censusLastName};Autre;1990-07-11;${victim.neighbourhood}`,
      ].join('\n'),
    },
    agent,
  );
  const claimant = await newAccount(config, databaseUrl);
  await ok(
    url,
    `mutation($input: ClaimResidencyInput!) { claimResidency(input: $input) { id } }`,
    {
      input: {
        lastName: secrets.censusLastName,
        firstNames: secrets.censusFirstNames,
        birthDate: '1984-03-12',
        neighbourhood: victim.neighbourhood,
      },
    },
    claimant,
  );

  // Tokens of a real login, the server's keys, a password hash.
  const { login } = await ok<{ login: { accessToken: string; refreshToken: string } }>(
    url,
    `mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken } }`,
    { input: { email: victim.chair.email, password: victim.chair.password } },
  );
  const [{ password_hash: passwordHash }] = await sql<{ password_hash: string }>(
    databaseUrl,
    `SELECT password_hash FROM account WHERE id = $1`,
    [victim.chair.id],
  );
  const accounts = [agent, ...victim.members, ...other.members, claimant];
  const tokens = [
    login.accessToken,
    login.refreshToken,
    passwordHash,
    config.JWT_SECRET,
    config.CENSUS_HASH_KEY,
  ];

  // A draw announced: the pool is public, the names of people not drawn are not.
  const neighbourhood = normalizeName(victim.neighbourhood);
  for (const displayName of [secrets.volunteerName, `${secrets.volunteerName} bis`]) {
    const volunteer = await newVerifiedResident(config, databaseUrl, {
      neighbourhood,
      displayName,
    });
    accounts.push(volunteer);
    await ok(
      url,
      `mutation($input: VolunteerInput!) { volunteerForSortition(input: $input) }`,
      { input: { councilId: victim.id, gender: 'FEMALE' } },
      volunteer,
    );
  }
  const { announceSortition } = await ok<{ announceSortition: { id: string } }>(
    url,
    `mutation($input: AnnounceSortitionInput!) { announceSortition(input: $input) { id } }`,
    { input: { councilId: victim.id, seats: 1, seedRule: 'Le Loto du samedi suivant' } },
    agent,
  );
  const partners = await seedPartners(url, config, databaseUrl, agent, victim, secrets);
  accounts.push(
    partners.member,
    partners.seated,
    partners.otherPartner,
    ...partners.reporters,
    partners.pendingFounder,
  );
  const sortitions = [announceSortition.id];
  const proposals = [draft, hidden, visible].map((p) => p.submitProposal.id);
  return {
    agent,
    victim,
    other,
    secrets,
    tokens,
    accounts,
    ids: {
      Council: [victim.id, other.id],
      Proposal: proposals,
      Meeting: meetingIds,
      Minutes: minutesIds,
      Ballot: [adoption.openBallot.id, secret.openBallot.id],
      Sortition: sortitions,
      Account: accounts.map((a) => a.id),
      ProposalComment: [hiddenComment.commentOnProposal.id, visibleComment.commentOnProposal.id],
      Association: [
        partners.associationId,
        partners.otherAssociationId,
        partners.pendingAssociationId,
        partners.declinedAssociationId,
      ],
      SolidarityEntryView: [
        partners.publishedEntryId,
        partners.draftEntryId,
        partners.otherEntryId,
      ],
      WorksProject: [partners.currentWorksId, partners.comingWorksId],
      PlaceDetails: [partners.placeId],
      DetourReport: [partners.detourReportId, partners.hiddenDetourReportId],
      PlaceReport: [partners.placeReportId, partners.hiddenPlaceReportId],
    },
    slugs: [victim.name, other.name].map((name) => name.replace(/^Conseil /, '')),
    draftProposalId: draft.submitProposal.id,
    hiddenProposalId: hidden.submitProposal.id,
    publicProposalId: visible.submitProposal.id,
    hiddenCommentId: hiddenComment.commentOnProposal.id,
    visibleCommentId: visibleComment.commentOnProposal.id,
    secretBallotId: secret.openBallot.id,
    meetingIds,
    minutesIds,
    statementId: addOppositionStatement.id,
    partners,
  };
}

const ASSOCIATION = `mutation($input: AssociationInput!) { proposeAssociation(input: $input) { id } }`;
const DECIDE = `mutation($input: DecideOnAssociationInput!) { decideOnAssociation(input: $input) { id } }`;
const ENTRY = `mutation($input: CreateSolidarityEntryInput!) { createSolidarityEntry(input: $input) { id } }`;
const WORKS = `mutation($input: PostWorksInput!) { postWorks(input: $input) { id } }`;

/**
 * The objects of issue 19's libs, with their secrets: a pending association (name, description,
 * contact), a declined one's reason, who acts for a partner, a draft solidarity entry, the names
 * of the authors of a detour report and of a place report.
 */
async function seedPartners(
  url: string,
  config: AppConfig,
  databaseUrl: string,
  agent: TestAccount,
  victim: CouncilWithMembers,
  secrets: Secrets,
): Promise<PartnerWorld> {
  const neighbourhood = normalizeName(victim.neighbourhood);
  const member = await newVerifiedResident(config, databaseUrl, {
    neighbourhood,
    displayName: secrets.associationMemberName,
  });
  const seated = await newVerifiedResident(config, databaseUrl, { neighbourhood });
  const otherPartner = await newVerifiedResident(config, databaseUrl);
  const pendingFounder = await newVerifiedResident(config, databaseUrl);
  const partner = async (founder: TestAccount, name: string, fields: string[]) => {
    const { proposeAssociation } = await ok<{ proposeAssociation: { id: string } }>(
      url,
      ASSOCIATION,
      { input: { name, description: 'Une association de la commune.', fields } },
      founder,
    );
    await ok(
      url,
      DECIDE,
      { input: { associationId: proposeAssociation.id, status: 'PARTNER' } },
      agent,
    );
    return proposeAssociation.id;
  };
  const associationId = await partner(member, 'Roues libres du quartier', ['DISABILITY']);
  await ok(
    url,
    `mutation($input: AssociationMemberInput!) { addAssociationMember(input: $input) { id } }`,
    { input: { associationId, accountId: seated.id } },
    member,
  );
  await ok(
    url,
    `mutation($input: SeatAssociationInput!) { seatAssociationInCouncil(input: $input) { id } }`,
    { input: { associationId, accountId: seated.id, councilId: victim.id } },
    agent,
  );
  const otherAssociationId = await partner(otherPartner, 'Épicerie de la gare', ['FOOD_AID']);
  const { proposeAssociation: pending } = await ok<{ proposeAssociation: { id: string } }>(
    url,
    ASSOCIATION,
    {
      input: {
        name: `Association ${secrets.pendingAssociationName}`,
        description: `Objet ${secrets.pendingAssociationDescription}`,
        fields: ['HOUSING'],
        contactEmail: secrets.pendingAssociationContact,
      },
    },
    pendingFounder,
  );
  const { proposeAssociation: declined } = await ok<{ proposeAssociation: { id: string } }>(
    url,
    ASSOCIATION,
    {
      input: { name: 'Une association refusée', description: 'Hors commune.', fields: ['HEALTH'] },
    },
    pendingFounder,
  );
  await ok(
    url,
    DECIDE,
    {
      input: {
        associationId: declined.id,
        status: 'DECLINED',
        reason: `Motif ${secrets.declineReason}`,
      },
    },
    agent,
  );

  const entry = async (who: TestAccount, input: Record<string, unknown>) =>
    (await ok<{ createSolidarityEntry: { id: string } }>(url, ENTRY, { input }, who))
      .createSolidarityEntry.id;
  const publishedEntryId = await entry(agent, {
    title: 'Permanence d’accès aux droits',
    address: '2 place de la Mairie',
    associationId,
    councilId: victim.id,
    publish: true,
  });
  const draftEntryId = await entry(member, {
    title: `Brouillon ${secrets.draftEntryTitle}`,
    description: `Texte ${secrets.draftEntryDescription}`,
    address: '4 rue du Marché',
    associationId,
  });
  const otherEntryId = await entry(agent, {
    title: 'Distribution du mardi',
    address: '1 rue de la Gare',
    associationId: otherAssociationId,
    publish: true,
  });

  const works = async (input: Record<string, unknown>) =>
    (
      await ok<{ postWorks: { id: string } }>(
        url,
        WORKS,
        {
          input: {
            title: 'Réfection de la rue des Écoles',
            description: 'La chaussée est refaite.',
            address: 'rue des Écoles',
            councilIds: [victim.id],
            detour: 'Par la rue du Marché.',
            detourAccessible: true,
            ...input,
          },
        },
        agent,
      )
    ).postWorks.id;
  const currentWorksId = await works({ startsOn: townDayIn(-1), endsOn: townDayIn(20) });
  // Coming, its assessment open: the DISABILITY partner is asked, the FOOD_AID one is not.
  const comingWorksId = await works({
    startsOn: townDayIn(5),
    endsOn: townDayIn(9),
    assessmentDueOn: townDayIn(4),
  });
  const detourReporter = await newVerifiedResident(config, databaseUrl, {
    displayName: secrets.detourReporterName,
  });
  const { reportDetourProblem } = await ok<{ reportDetourProblem: { id: string } }>(
    url,
    `mutation($input: ReportDetourProblemInput!) { reportDetourProblem(input: $input) { id } }`,
    {
      input: {
        worksId: currentWorksId,
        problem: 'NOT_ACCESSIBLE',
        place: 'Angle de la rue du Marché',
        description: 'Une palissade bloque le trottoir.',
      },
    },
    detourReporter,
  );
  // A second report, hidden by the agent (moderation): its text must leave every public read.
  const { reportDetourProblem: hiddenDetour } = await ok<{ reportDetourProblem: { id: string } }>(
    url,
    `mutation($input: ReportDetourProblemInput!) { reportDetourProblem(input: $input) { id } }`,
    {
      input: {
        worksId: currentWorksId,
        problem: 'DANGEROUS',
        place: 'Devant la boulangerie',
        description: `Texte ${secrets.hiddenDetourReportText}`,
      },
    },
    detourReporter,
  );
  await ok(
    url,
    `mutation($input: HideDetourReportInput!) { hideDetourReport(input: $input) { id } }`,
    { input: { reportId: hiddenDetour.id, reason: `Motif ${secrets.hiddenReportReason}` } },
    agent,
  );

  const { createPlace } = await ok<{ createPlace: { id: string } }>(
    url,
    `mutation($input: PlaceInput!) { createPlace(input: $input) { id } }`,
    {
      input: {
        name: 'Salle des fêtes',
        kind: 'HALL',
        address: '3 rue des Écoles',
        councilId: victim.id,
        entrance: 'ACCESSIBLE',
        toilets: 'NOT_ACCESSIBLE',
        hearingLoop: 'UNKNOWN',
        parking: 'ACCESSIBLE',
        evidence: 'Visite de l’agent',
        checkedOn: townDayIn(0),
      },
    },
    agent,
  );
  const placeReporter = await newVerifiedResident(config, databaseUrl, {
    displayName: secrets.placeReporterName,
  });
  const { reportPlaceProblem } = await ok<{ reportPlaceProblem: { reports: { id: string }[] } }>(
    url,
    `mutation($input: ReportPlaceProblemInput!) { reportPlaceProblem(input: $input) { reports { id } } }`,
    { input: { placeId: createPlace.id, body: 'La rampe est trop raide.' } },
    placeReporter,
  );
  const { reportPlaceProblem: hiddenPlace } = await ok<{
    reportPlaceProblem: { reports: { id: string }[] };
  }>(
    url,
    `mutation($input: ReportPlaceProblemInput!) { reportPlaceProblem(input: $input) { reports { id } } }`,
    { input: { placeId: createPlace.id, body: `Texte ${secrets.hiddenPlaceReportText}` } },
    placeReporter,
  );
  const hiddenPlaceReportId = hiddenPlace.reports.find(
    (r) => r.id !== reportPlaceProblem.reports[0].id,
  )!.id;
  await ok(
    url,
    `mutation($input: HidePlaceReportInput!) { hidePlaceReport(input: $input) { id } }`,
    { input: { reportId: hiddenPlaceReportId, reason: `Motif ${secrets.hiddenReportReason}` } },
    agent,
  );
  return {
    associationId,
    member,
    seated,
    otherAssociationId,
    otherPartner,
    pendingAssociationId: pending.id,
    declinedAssociationId: declined.id,
    publishedEntryId,
    draftEntryId,
    otherEntryId,
    currentWorksId,
    comingWorksId,
    detourReportId: reportDetourProblem.id,
    placeId: createPlace.id,
    placeReportId: reportPlaceProblem.reports[0].id,
    hiddenDetourReportId: hiddenDetour.id,
    hiddenPlaceReportId,
    reporters: [detourReporter, placeReporter],
    pendingFounder,
  };
}
