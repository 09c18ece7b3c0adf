/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Accessible, non accessible, non vérifié. */
export type AccessStatus =
  | 'ACCESSIBLE'
  | 'NOT_ACCESSIBLE'
  | 'UNKNOWN';

/** Platform role of an account. */
export type AccountRole =
  | 'ADMIN'
  | 'AGENT'
  | 'RESIDENT';

export type AddAgendaItemInput = {
  /** Markdown, up to 10,000 characters. */
  description?: string | null | undefined;
  kind: AgendaItemKind;
  meetingId: string | number;
  /** MINUTES: the submitted minutes to adopt. */
  minutesId?: string | number | null | undefined;
  /** QUALIFIED_PROPOSAL: the proposal. */
  proposalId?: string | number | null | undefined;
  /** Required except for proposals and minutes (3–200). */
  title?: string | null | undefined;
};

export type AddCouncilMemberInput = {
  accountId: string | number;
  college: College;
  councilId: string | number;
  /** Required for elected members: their political group. */
  politicalGroup?: string | null | undefined;
  /** Default MEMBER. */
  role?: CouncilRole | null | undefined;
  /** YYYY-MM-DD; default today. */
  termStart?: string | null | undefined;
};

export type AddOppositionStatementInput = {
  /** Markdown, up to 10,000 characters, published verbatim. */
  body: string;
  /** Minutes not yet published… */
  minutesId?: string | number | null | undefined;
  /** …or a proposal with an official answer. */
  proposalId?: string | number | null | undefined;
};

/** Proposition retenue, point de la mairie, point de l’opposition (quota réservé), question, adoption d’un procès-verbal. */
export type AgendaItemKind =
  | 'MINUTES'
  | 'OPPOSITION'
  | 'QUALIFIED_PROPOSAL'
  | 'QUESTION'
  | 'TOWN_HALL';

export type AnnounceSortitionInput = {
  councilId: string | number;
  seats: number;
  /** How the seed will be chosen, published now: e.g. "the Loto numbers of 2026-12-05". */
  seedRule: string;
};

export type AnswerDetourReportInput = {
  /** Public, up to 2,000 characters. */
  answer: string;
  reportId: string | number;
};

export type AnswerPlaceReportInput = {
  /** The town hall’s public answer (5–4000 characters). */
  answer: string;
  reportId: string | number;
};

export type AnswerProposalInput = {
  answer: OfficialAnswer;
  /** Why, in words people understand (Markdown not rendered). */
  justification: string;
  proposalId: string | number;
};

export type AssessWorksInput = {
  /** The partner association the caller acts for. */
  associationId: string | number;
  /** Why, up to 5,000 characters (public). */
  comment: string;
  opinion: AssessmentOpinion;
  worksId: string | number;
};

/** A partner association’s opinion of a detour: favourable, with reservations, unfavourable. */
export type AssessmentOpinion =
  | 'FAVOURABLE'
  | 'RESERVED'
  | 'UNFAVOURABLE';

/** What an association works on: food aid, housing, health, access to rights… */
export type AssociationField =
  | 'ACCESS_TO_RIGHTS'
  | 'CULTURE'
  | 'DISABILITY'
  | 'EDUCATION'
  | 'EMPLOYMENT'
  | 'FOOD_AID'
  | 'HEALTH'
  | 'HOUSING'
  | 'MOBILITY'
  | 'OTHER';

export type AssociationInput = {
  /** Public contact address. */
  contactEmail?: string | null | undefined;
  contactPhone?: string | null | undefined;
  /** Public description, plain text. */
  description: string;
  fields: Array<AssociationField>;
  name: string;
  website?: string | null | undefined;
};

/** Someone who will act for the association too, named by the e-mail address of their account. */
export type AssociationMemberByEmailInput = {
  associationId: string | number;
  /** The e-mail address of their account (case does not matter). */
  email: string;
};

export type AssociationMemberInput = {
  accountId: string | number;
  associationId: string | number;
};

/** Proposed (PENDING), approved by the town hall (PARTNER), DECLINED or SUSPENDED. */
export type AssociationStatus =
  | 'DECLINED'
  | 'PARTNER'
  | 'PENDING'
  | 'SUSPENDED';

export type AttendanceEntryInput = {
  accountId: string | number;
  /** REPRESENTED: the present proxy holder. */
  proxyHolderId?: string | number | null | undefined;
  status: AttendanceStatus;
};

export type AttendanceStatus =
  | 'ABSENT'
  | 'PRESENT'
  | 'REPRESENTED';

export type CancelMeetingInput = {
  meetingId: string | number;
  /** Told to the members and shown in public. */
  reason: string;
};

export type CastVoteInput = {
  ballotId: string | number;
  choice: VoteChoice;
  /** Vote for the represented member whose proxy you hold. */
  onBehalfOf?: string | number | null | undefined;
};

export type ChangeDetourInput = {
  accessible: boolean;
  description: string;
  /** Why it changes, said to the followers. */
  reason: string;
  worksId: string | number;
};

export type CharterInput = {
  convocationNoticeDays?: number | null | undefined;
  minutesPublicationDays?: number | null | undefined;
  oppositionAgendaQuota?: number | null | undefined;
  /** Members present or represented needed to vote; null or absent: a majority of members in office. */
  quorum?: number | null | undefined;
  residentCoChairRequired?: boolean | null | undefined;
  responseDeadlineDays?: number | null | undefined;
  seats?: SeatsInput | null | undefined;
  supportThreshold?: number | null | undefined;
  supportWindowDays?: number | null | undefined;
  termYears?: number | null | undefined;
};

export type ClaimResidencyInput = {
  /** Birth date, YYYY-MM-DD or DD/MM/YYYY. */
  birthDate: string;
  /** First names, as on the census list. */
  firstNames: string;
  /** Last name, as on the census list (accents, case and spacing do not matter). */
  lastName: string;
  neighbourhood: string;
};

/** Residents (drawn by lot), associations, elected majority, elected opposition. */
export type College =
  | 'ASSOCIATIONS'
  | 'ELECTED_MAJORITY'
  | 'ELECTED_OPPOSITION'
  | 'RESIDENTS';

/** Which CSV header fills an entry’s column. */
export type ColumnMappingInput = {
  column: SolidarityEntryColumn;
  header: string;
};

export type CommentOnProposalInput = {
  /** Markdown, up to 5,000 characters. */
  body: string;
  /** The comment answered (a top-level one). */
  parentId?: string | number | null | undefined;
  proposalId: string | number;
};

export type CouncilRole =
  | 'CHAIR'
  | 'CO_CHAIR'
  | 'MEMBER'
  | 'SECRETARY';

export type CreateCouncilInput = {
  charter?: CharterInput | null | undefined;
  name: string;
  /** Neighbourhood whose verified residents belong to this council. */
  neighbourhood: string;
  /** The perimeter, in words (streets, landmarks). */
  perimeterDescription: string;
  /** GeoJSON Polygon or MultiPolygon. */
  perimeterGeojson?: Record<string, unknown> | null | undefined;
  /** URL name: lower case letters, digits and hyphens. */
  slug: string;
};

export type CreateSolidarityEntryInput = {
  access?: string | null | undefined;
  accessibility?: string | null | undefined;
  address?: string | null | undefined;
  /** The partner association that runs it. */
  associationId?: string | number | null | undefined;
  audience?: string | null | undefined;
  contact?: string | null | undefined;
  cost?: string | null | undefined;
  /** A council’s neighbourhood; none: the whole town. */
  councilId?: string | number | null | undefined;
  description?: string | null | undefined;
  hours?: string | null | undefined;
  /** Languages spoken, in French. */
  languages?: Array<string> | null | undefined;
  /** Who runs it when no partner does: a public service (CCAS…), an organisation. */
  operatorName?: string | null | undefined;
  /** Agents only: published at once (default: a draft). */
  publish?: boolean | null | undefined;
  /** Its page on https://soliguide.fr/, if any. */
  soliguideUrl?: string | null | undefined;
  /** What: the service’s name. */
  title: string;
};

/** An agent’s decision on an association: approve, decline, suspend. */
export type DecideOnAssociationInput = {
  associationId: string | number;
  /** Required to decline or suspend. */
  reason?: string | null | undefined;
  status: AssociationStatus;
};

/** E-mail: at once, in the daily digest, or not at all (in-app notifications stay). */
export type DeliveryMode =
  | 'DAILY_DIGEST'
  | 'IMMEDIATE'
  | 'OFF';

/** Why a detour does not work: blocked, dangerous, not accessible. */
export type DetourProblem =
  | 'BLOCKED'
  | 'DANGEROUS'
  | 'NOT_ACCESSIBLE';

export type DraftMinutesInput = {
  /** Start a corrected version of published minutes (linked to the previous one). */
  correction?: boolean | null | undefined;
  meetingId: string | number;
  /** Summary of the debates, Markdown up to 50,000 characters. */
  summary: string;
};

export type EditCommentInput = {
  body: string;
  commentId: string | number;
};

export type EndMembershipInput = {
  membershipId: string | number;
  reason: string;
};

/** Declared for the parity of draws; may be undisclosed. */
export type Gender =
  | 'FEMALE'
  | 'MALE'
  | 'OTHER'
  | 'UNDISCLOSED';

export type HideDetourReportInput = {
  /** Why it is hidden (5–500 characters): kept in the audit log, not shown. */
  reason: string;
  reportId: string | number;
};

export type HidePlaceReportInput = {
  /** Why it is hidden (5–500 characters): kept in the audit log, not shown. */
  reason: string;
  reportId: string | number;
};

export type ImportCensusInput = {
  /** CSV with a header row: nom, prenoms, date_naissance, quartier (or last_name, first_names, birth_date, neighbourhood); comma or semicolon separated. */
  csv: string;
};

export type ImportSolidarityEntriesInput = {
  /** Entries for this council; none: the town. */
  councilId?: string | number | null | undefined;
  /** CSV with a header row, comma or semicolon separated; at most 2,000 lines besides the header (IMPORT_TOO_LARGE otherwise: a longer file is refused whole, never cut). */
  csv: string;
  /** Which header fills which column; default: the headers of a Soliguide export. */
  mapping?: Array<ColumnMappingInput> | null | undefined;
  /** Publish the entries at once (default: drafts). */
  publish?: boolean | null | undefined;
};

export type LoginInput = {
  email: string;
  password: string;
};

export type MarkNotificationsReadInput = {
  /** …or all of them. */
  all?: boolean | null | undefined;
  /** These ones… */
  ids?: Array<string | number> | null | undefined;
};

/** Séance : en préparation, convoquée, ouverte, close, annulée. */
export type MeetingStatus =
  | 'CANCELLED'
  | 'CLOSED'
  | 'CONVENED'
  | 'DRAFT'
  | 'OPEN';

/** Procès-verbal : brouillon, soumis, adopté, publié. */
export type MinutesStatus =
  | 'ADOPTED'
  | 'DRAFT'
  | 'PUBLISHED'
  | 'SUBMITTED';

export type ModerateContentInput = {
  action: ModerationAction;
  /** Public reason, shown in place of the content. */
  reason: string;
  targetId: string | number;
  targetType: ReportableType;
};

export type ModerationAction =
  | 'HIDE'
  | 'RESTORE';

/** What a notification is about (SPEC §5). */
export type NotificationEvent =
  | 'ASSOCIATION_MEMBER_ADDED'
  | 'ASSOCIATION_PARTNER_CHANGED'
  | 'BALLOT_CLOSED'
  | 'BALLOT_OPENED'
  | 'COMMENT_REPLIED'
  | 'MEETING_CANCELLED'
  | 'MEETING_CONVENED'
  | 'MEETING_REMINDER'
  | 'MINUTES_PUBLICATION_DUE'
  | 'MINUTES_PUBLISHED'
  | 'PLACE_REPORTED'
  | 'PLACE_REPORT_ANSWERED'
  | 'PROPOSAL_ANSWERED'
  | 'PROPOSAL_ANSWER_DUE'
  | 'PROPOSAL_DECIDED'
  | 'PROPOSAL_PLACED_ON_AGENDA'
  | 'PROPOSAL_PUBLISHED'
  | 'PROPOSAL_QUALIFIED'
  | 'SOLIDARITY_CHECK_DUE'
  | 'SOLIDARITY_ENTRY_CHANGED'
  | 'WORKS_ASSESSMENT_REQUESTED'
  | 'WORKS_DETOUR_CHANGED'
  | 'WORKS_DETOUR_REPORTED'
  | 'WORKS_POSTED'
  | 'WORKS_REPORT_ANSWERED';

/** Réponse officielle: acceptée, acceptée en partie, refusée. */
export type OfficialAnswer =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'PARTIALLY_ACCEPTED';

export type OpenBallotInput = {
  agendaItemId: string | number;
  /** Secret ballot (default: public, with a roll call). */
  secret?: boolean;
};

/** A place of the register, as a whole (creation or change). */
export type PlaceInput = {
  address: string;
  /** YYYY-MM-DD, not in the future; required when a feature is not UNKNOWN. */
  checkedOn?: string | null | undefined;
  councilId?: string | number | null | undefined;
  entrance: AccessStatus;
  /** How it was checked (visit, photos…). */
  evidence?: string | null | undefined;
  hearingLoop: AccessStatus;
  kind: PlaceKind;
  name: string;
  parking: AccessStatus;
  plannedWorks?: string | null | undefined;
  /** YYYY-MM-DD */
  plannedWorksOn?: string | null | undefined;
  toilets: AccessStatus;
};

/** Mairie et annexes, salle municipale, école, équipement sportif, équipement culturel, autre. */
export type PlaceKind =
  | 'CULTURE'
  | 'HALL'
  | 'OTHER'
  | 'SCHOOL'
  | 'SPORTS'
  | 'TOWN_HALL';

export type PostWorksInput = {
  address: string;
  /** YYYY-MM-DD */
  assessmentDueOn?: string | null | undefined;
  /** The councils whose perimeter the works are in. */
  councilIds: Array<string | number>;
  /** What is done, up to 5,000 characters. */
  description: string;
  /** The planned pedestrian detour, up to 5,000 characters. */
  detour: string;
  /** Whether the detour is accessible to people with reduced mobility. */
  detourAccessible: boolean;
  /** YYYY-MM-DD */
  endsOn: string;
  /** GeoJSON text of one geometry. */
  geometry?: string | null | undefined;
  /** YYYY-MM-DD */
  startsOn: string;
  /** 5 to 140 characters. */
  title: string;
};

export type PreferenceInput = {
  event: NotificationEvent;
  mode: DeliveryMode;
};

export type ProposalCategory =
  | 'CULTURE_SPORT'
  | 'EDUCATION_YOUTH'
  | 'ENVIRONMENT'
  | 'MOBILITY'
  | 'OTHER'
  | 'PUBLIC_SPACE'
  | 'SAFETY'
  | 'SOLIDARITY';

/** Allow-listed orders of the proposals list. */
export type ProposalOrder =
  | 'MOST_SUPPORTED'
  | 'NEWEST'
  | 'RECENTLY_ACTIVE'
  | 'RELEVANCE';

export type ProposalStatus =
  | 'ADOPTED'
  | 'ANSWERED'
  | 'DRAFT'
  | 'EXPIRED'
  | 'HIDDEN'
  | 'IMPLEMENTED'
  | 'ON_AGENDA'
  | 'PUBLISHED'
  | 'QUALIFIED'
  | 'REJECTED'
  | 'WITHDRAWN';

export type RecordAttendanceInput = {
  /** Entries replace earlier ones per member. */
  entries: Array<AttendanceEntryInput>;
  meetingId: string | number;
};

export type RegisterInput = {
  /** Public name shown with contributions, 2 to 50 characters. */
  displayName: string;
  email: string;
  /** Language of e-mails: fr (default) or en. */
  locale?: string | null | undefined;
  /** At least 12 characters, not a common password. */
  password: string;
};

export type ReorderAgendaInput = {
  /** Every item of the agenda, in the new order. */
  itemIds: Array<string | number>;
  meetingId: string | number;
};

export type ReportContentInput = {
  reason: string;
  targetId: string | number;
  targetType: ReportableType;
};

export type ReportDetourProblemInput = {
  /** What happens there, up to 2,000 characters. */
  description: string;
  /** Where on the detour, up to 300 characters. */
  place: string;
  problem: DetourProblem;
  worksId: string | number;
};

export type ReportPlaceProblemInput = {
  /** What does not work (10–2000 characters); shown in public. */
  body: string;
  placeId: string | number;
};

export type ReportableType =
  | 'COMMENT'
  | 'PROPOSAL';

export type ResetPasswordInput = {
  /** At least 12 characters, not a common password. */
  newPassword: string;
  /** The token of the link received by e-mail. */
  token: string;
};

/** How residency was verified: by a town-hall agent, or by matching the census list. */
export type ResidencyMethod =
  | 'AGENT'
  | 'CENSUS';

export type RunSortitionInput = {
  /** The seed, as the published rule gave it. */
  seed: string;
  sortitionId: string | number;
};

export type ScheduleMeetingInput = {
  accessibilityDetails?: string | null | undefined;
  /** Accessible to people with reduced mobility; required without placeId (then the register says). */
  accessible?: boolean | null | undefined;
  councilId: string | number;
  /** Open to the public (default) or closed. */
  isPublic?: boolean;
  /** The place in words; required without placeId (then the register’s name and address). */
  place?: string | null | undefined;
  /** A place of the register (libs/places): its accessibility is the register’s, and the answer warns when it is not accessible. */
  placeId?: string | number | null | undefined;
  /** Date and time (ISO 8601), in the future. */
  startsAt: string;
};

/** A seat in a council's associations college for a member of a partner association. */
export type SeatAssociationInput = {
  /** The member of the association who will sit. */
  accountId: string | number;
  associationId: string | number;
  councilId: string | number;
  /** YYYY-MM-DD; today by default. */
  termStart?: string | null | undefined;
};

/** Seats per college. */
export type SeatsInput = {
  associations: number;
  electedMajority: number;
  electedOpposition: number;
  residents: number;
};

export type SetAccountRoleInput = {
  accountId: string | number;
  role: AccountRole;
};

/** A column of an entry that an imported CSV file can fill. */
export type SolidarityEntryColumn =
  | 'access'
  | 'accessibility'
  | 'address'
  | 'audience'
  | 'contact'
  | 'cost'
  | 'description'
  | 'hours'
  | 'languages'
  | 'lastCheckedOn'
  | 'operatorName'
  | 'soliguideUrl'
  | 'title';

/** DRAFT until an agent publishes it; WITHDRAWN: no longer shown. */
export type SolidarityEntryStatus =
  | 'DRAFT'
  | 'PUBLISHED'
  | 'WITHDRAWN';

export type SolidarityEntryStatusInput = {
  entryId: string | number;
  status: SolidarityEntryStatus;
};

export type SubmitProposalInput = {
  address?: string | null | undefined;
  /** Markdown, up to 20,000 characters. */
  body: string;
  category: ProposalCategory;
  councilId: string | number;
  latitude?: number | null | undefined;
  longitude?: number | null | undefined;
  /** Publish at once (default: keep as a draft). */
  publish?: boolean | null | undefined;
  /** 5 to 140 characters. */
  title: string;
};

export type UpdateAssociationInput = {
  associationId: string | number;
  /** Public contact address. */
  contactEmail?: string | null | undefined;
  contactPhone?: string | null | undefined;
  /** Public description, plain text. */
  description: string;
  fields: Array<AssociationField>;
  name: string;
  website?: string | null | undefined;
};

export type UpdateCouncilCharterInput = {
  charter: CharterInput;
  councilId: string | number;
};

export type UpdateNotificationPreferencesInput = {
  preferences: Array<PreferenceInput>;
};

export type UpdateOppositionStatementInput = {
  body: string;
  statementId: string | number;
};

export type UpdatePlaceInput = {
  address: string;
  /** YYYY-MM-DD, not in the future; required when a feature is not UNKNOWN. */
  checkedOn?: string | null | undefined;
  councilId?: string | number | null | undefined;
  entrance: AccessStatus;
  /** How it was checked (visit, photos…). */
  evidence?: string | null | undefined;
  hearingLoop: AccessStatus;
  id: string | number;
  kind: PlaceKind;
  name: string;
  parking: AccessStatus;
  plannedWorks?: string | null | undefined;
  /** YYYY-MM-DD */
  plannedWorksOn?: string | null | undefined;
  toilets: AccessStatus;
};

export type UpdateSolidarityEntryInput = {
  access?: string | null | undefined;
  accessibility?: string | null | undefined;
  address?: string | null | undefined;
  /** The partner association that runs it. */
  associationId?: string | number | null | undefined;
  audience?: string | null | undefined;
  contact?: string | null | undefined;
  cost?: string | null | undefined;
  /** A council’s neighbourhood; none: the whole town. */
  councilId?: string | number | null | undefined;
  description?: string | null | undefined;
  entryId: string | number;
  hours?: string | null | undefined;
  /** Languages spoken, in French. */
  languages?: Array<string> | null | undefined;
  /** Who runs it when no partner does: a public service (CCAS…), an organisation. */
  operatorName?: string | null | undefined;
  /** Its page on https://soliguide.fr/, if any. */
  soliguideUrl?: string | null | undefined;
  /** What: the service’s name. */
  title: string;
};

export type UpdateWorksInput = {
  address: string;
  /** YYYY-MM-DD */
  assessmentDueOn?: string | null | undefined;
  /** The councils whose perimeter the works are in. */
  councilIds: Array<string | number>;
  /** What is done, up to 5,000 characters. */
  description: string;
  /** YYYY-MM-DD */
  endsOn: string;
  /** GeoJSON text of one geometry. */
  geometry?: string | null | undefined;
  id: string | number;
  /** YYYY-MM-DD */
  startsOn: string;
  /** 5 to 140 characters. */
  title: string;
};

export type VerifyResidentInput = {
  accountId: string | number;
  /** Neighbourhood where the agent checked the proof of address. */
  neighbourhood: string;
};

/** Pour, contre, abstention. */
export type VoteChoice =
  | 'ABSTAIN'
  | 'AGAINST'
  | 'FOR';

/** Where the works stand on the town’s day. */
export type WorksPhase =
  | 'COMING'
  | 'CURRENT'
  | 'FINISHED';

export type WorksScope =
  | 'ALL'
  | 'CURRENT_AND_COMING';

export type ProposalCardFragment = { id: string, title: string, status: ProposalStatus, category: ProposalCategory, authorName: string, publishedAt: string | null, createdAt: string, expiresAt: string | null, supportCount: number, supportThreshold: number | null, council: { name: string, slug: string, neighbourhood: string, neighbourhoodKey: string } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, displayName: string, email: string, emailVerified: boolean, role: AccountRole, residency: { neighbourhood: string, method: ResidencyMethod } | null }, mySeats: Array<{ councilId: string }> };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string } };

export type RefreshMutationVariables = Exact<{
  refreshToken: string;
}>;


export type RefreshMutation = { refreshToken: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type RegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type RegisterMutation = { register: { ok: boolean, message: string } };

export type VerifyEmailMutationVariables = Exact<{
  token: string;
}>;


export type VerifyEmailMutation = { verifyEmail: boolean };

export type RequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: { ok: boolean, message: string } };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordMutation = { resetPassword: boolean };

export type ClaimResidencyMutationVariables = Exact<{
  input: ClaimResidencyInput;
}>;


export type ClaimResidencyMutation = { claimResidency: { residency: { neighbourhood: string } | null } };

export type HomeQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeQuery = { councils: { edges: Array<{ node: { id: string, name: string, slug: string, neighbourhood: string } }> }, latest: { edges: Array<{ node: { id: string, title: string, status: ProposalStatus, category: ProposalCategory, authorName: string, publishedAt: string | null, createdAt: string, expiresAt: string | null, supportCount: number, supportThreshold: number | null, council: { name: string, slug: string, neighbourhood: string, neighbourhoodKey: string } } }> }, qualified: { edges: Array<{ node: { id: string, title: string, status: ProposalStatus, category: ProposalCategory, authorName: string, publishedAt: string | null, createdAt: string, expiresAt: string | null, supportCount: number, supportThreshold: number | null, council: { name: string, slug: string, neighbourhood: string, neighbourhoodKey: string } } }> }, adopted: { edges: Array<{ node: { answerOverdue: boolean, answerDeadline: string | null, id: string, title: string, status: ProposalStatus, category: ProposalCategory, authorName: string, publishedAt: string | null, createdAt: string, expiresAt: string | null, supportCount: number, supportThreshold: number | null, council: { name: string, slug: string, neighbourhood: string, neighbourhoodKey: string } } }> }, meetings: { edges: Array<{ node: { id: string, startsAt: string, place: string, councilId: string } }> } };

export type ProposalsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  search?: string | null | undefined;
  status?: ProposalStatus | null | undefined;
  category?: ProposalCategory | null | undefined;
  councilId?: string | number | null | undefined;
  orderBy?: ProposalOrder | null | undefined;
}>;


export type ProposalsQuery = { proposals: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, title: string, status: ProposalStatus, category: ProposalCategory, authorName: string, publishedAt: string | null, createdAt: string, expiresAt: string | null, supportCount: number, supportThreshold: number | null, council: { name: string, slug: string, neighbourhood: string, neighbourhoodKey: string } } }> }, councils: { edges: Array<{ node: { id: string, name: string } }> } };

export type ProposalQueryVariables = Exact<{
  id: string | number;
}>;


export type ProposalQuery = { proposal: { authorId: string, bodyHtml: string | null, bodyMarkdown: string | null, address: string | null, qualifiedAt: string | null, decidedAt: string | null, answeredAt: string | null, implementedAt: string | null, answerDeadline: string | null, answerOverdue: boolean, answerJustification: string | null, hiddenReason: string | null, viewerSupports: boolean, viewerFollows: boolean, answer: OfficialAnswer | null, id: string, title: string, status: ProposalStatus, category: ProposalCategory, authorName: string, publishedAt: string | null, createdAt: string, expiresAt: string | null, supportCount: number, supportThreshold: number | null, oppositionStatements: Array<{ id: string, bodyHtml: string, authorName: string }>, council: { name: string, slug: string, neighbourhood: string, neighbourhoodKey: string } } };

export type SupportMutationVariables = Exact<{
  id: string | number;
}>;


export type SupportMutation = { supportProposal: { alreadySupported: boolean, proposal: { id: string, status: ProposalStatus, supportCount: number } } };

export type WithdrawSupportMutationVariables = Exact<{
  id: string | number;
}>;


export type WithdrawSupportMutation = { withdrawSupport: { wasSupporting: boolean } };

export type FollowProposalMutationVariables = Exact<{
  id: string | number;
}>;


export type FollowProposalMutation = { followProposal: { following: boolean } };

export type UnfollowProposalMutationVariables = Exact<{
  id: string | number;
}>;


export type UnfollowProposalMutation = { unfollowProposal: { following: boolean } };

export type CommentMutationVariables = Exact<{
  input: CommentOnProposalInput;
}>;


export type CommentMutation = { commentOnProposal: { id: string } };

export type SimilarProposalsQueryVariables = Exact<{
  title: string;
  councilId?: string | number | null | undefined;
}>;


export type SimilarProposalsQuery = { similarProposals: Array<{ id: string, title: string, status: ProposalStatus }> };

export type SubmitProposalMutationVariables = Exact<{
  input: SubmitProposalInput;
}>;


export type SubmitProposalMutation = { submitProposal: { id: string, status: ProposalStatus } };

export type PublishProposalMutationVariables = Exact<{
  id: string | number;
}>;


export type PublishProposalMutation = { publishProposal: { id: string, status: ProposalStatus } };

export type CouncilsQueryVariables = Exact<{ [key: string]: never; }>;


export type CouncilsQuery = { councils: { edges: Array<{ node: { id: string, name: string, slug: string, neighbourhood: string, neighbourhoodKey: string, perimeterDescription: string, followersCount: number } }> } };

export type CouncilQueryVariables = Exact<{
  slug: string;
}>;


export type CouncilQuery = { council: { id: string, name: string, slug: string, neighbourhood: string, perimeterDescription: string, followersCount: number, viewerFollows: boolean, charter: { supportThreshold: number, supportWindowDays: number, responseDeadlineDays: number, convocationNoticeDays: number, minutesPublicationDays: number, oppositionAgendaQuota: number, termYears: number, quorum: number | null }, colleges: Array<{ college: College, seats: number, members: Array<{ id: string, displayName: string, role: CouncilRole, termStart: string, termEnd: string, drawnByLot: boolean }> }> } };

export type FollowCouncilMutationVariables = Exact<{
  id: string | number;
}>;


export type FollowCouncilMutation = { followCouncil: { __typename: 'FollowPayload' } };

export type UnfollowCouncilMutationVariables = Exact<{
  id: string | number;
}>;


export type UnfollowCouncilMutation = { unfollowCouncil: { __typename: 'FollowPayload' } };

export type MeetingsQueryVariables = Exact<{
  after?: string | null | undefined;
  councilId?: string | number | null | undefined;
}>;


export type MeetingsQuery = { meetings: { pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, startsAt: string, place: string, status: MeetingStatus, accessible: boolean, councilId: string } }> } };

export type MeetingQueryVariables = Exact<{
  id: string | number;
}>;


export type MeetingQuery = { meeting: { id: string, startsAt: string, place: string, status: MeetingStatus, accessible: boolean, accessibilityDetails: string | null, isPublic: boolean, cancelReason: string | null, councilId: string, agenda: Array<{ id: string, position: number, title: string, descriptionHtml: string, kind: AgendaItemKind, proposalId: string | null }> } };

export type InboxQueryVariables = Exact<{ [key: string]: never; }>;


export type InboxQuery = { notificationPreferences: Array<{ event: NotificationEvent, label: string, mode: DeliveryMode }>, notifications: { edges: Array<{ node: { id: string, title: string, body: string, link: string, createdAt: string, readAt: string | null } }> } };

export type MarkReadMutationVariables = Exact<{
  input: MarkNotificationsReadInput;
}>;


export type MarkReadMutation = { markNotificationsRead: number };

export type ExportQueryVariables = Exact<{ [key: string]: never; }>;


export type ExportQuery = { exportMyData: Record<string, unknown> };

export type DeleteAccountMutationVariables = Exact<{
  password: string;
}>;


export type DeleteAccountMutation = { deleteMyAccount: boolean };

export type UpdatePreferencesMutationVariables = Exact<{
  input: UpdateNotificationPreferencesInput;
}>;


export type UpdatePreferencesMutation = { updateNotificationPreferences: Array<{ event: NotificationEvent, mode: DeliveryMode }> };

export type NotificationAddedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NotificationAddedSubscription = { notificationAdded: { id: string, title: string, link: string } };

export type ProposalCommentsQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type ProposalCommentsQuery = { proposal: { id: string, commentPage: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, parentId: string | null, authorId: string, authorName: string, bodyHtml: string | null, bodyMarkdown: string | null, createdAt: string, editedAt: string | null, hiddenReason: string | null } }> } } };

export type EditCommentMutationVariables = Exact<{
  input: EditCommentInput;
}>;


export type EditCommentMutation = { editComment: { id: string, editedAt: string | null } };

export type ReportContentMutationVariables = Exact<{
  input: ReportContentInput;
}>;


export type ReportContentMutation = { reportContent: boolean };

export type MyProposalsQueryVariables = Exact<{
  authorId: string | number;
  supportedAfter?: string | null | undefined;
  authoredAfter?: string | null | undefined;
}>;


export type MyProposalsQuery = { authored: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, status: ProposalStatus, supportCount: number } }> }, supported: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, status: ProposalStatus, supportCount: number } }> } };

export type MeetingRecordQueryVariables = Exact<{
  id: string | number;
}>;


export type MeetingRecordQuery = { meeting: { id: string, startsAt: string, place: string, status: MeetingStatus, accessible: boolean, accessibilityDetails: string | null, isPublic: boolean, cancelReason: string | null, councilId: string, openedAt: string | null, closedAt: string | null, quorum: { membersInOffice: number, required: number, present: number, represented: number, reached: boolean } | null, agenda: Array<{ id: string, position: number, title: string, descriptionHtml: string, kind: AgendaItemKind, proposalId: string | null, ballot: { id: string, status: string, secret: boolean, votesCast: number, closedAt: string | null, result: { for: number, against: number, abstain: number, present: number, quorumRequired: number, quorumHeld: boolean, adopted: boolean } | null, rollCall: Array<{ voterId: string, voterName: string, castBy: string, choice: VoteChoice }> | null } | null }>, minutes: Array<{ id: string, version: number, status: MinutesStatus, publishedAt: string | null, contentHash: string | null, previousVersionId: string | null, documentHtml: string, publicationOverdue: boolean, oppositionStatements: Array<{ id: string, authorName: string, politicalGroup: string, bodyHtml: string }> }>, minutesDue: { version: number, publicationDue: string, publicationOverdue: boolean } | null } };

export type SortitionsQueryVariables = Exact<{
  councilId: string | number;
}>;


export type SortitionsQuery = { sortitions: Array<{ id: string, status: string, seats: number, algorithm: string, seedRule: string, seed: string | null, announcedAt: string, drawnAt: string | null, result: Array<string> | null, pool: Array<{ position: number, volunteerId: string, gender: Gender, displayName: string | null }> }> };

export type MeetingMinutesQueryVariables = Exact<{
  id: string | number;
}>;


export type MeetingMinutesQuery = { meeting: { id: string, startsAt: string, place: string, status: MeetingStatus, councilId: string, minutes: Array<{ id: string, version: number, status: MinutesStatus, summary: string, record: string, document: string, documentHtml: string, submittedAt: string | null, adoptedAt: string | null, publishedAt: string | null, publicationDue: string | null, publicationOverdue: boolean, contentHash: string | null, previousVersionId: string | null }> } };

export type CouncilOfficesQueryVariables = Exact<{
  slug: string;
  councilId: string | number;
}>;


export type CouncilOfficesQuery = { council: { id: string, name: string, slug: string, colleges: Array<{ members: Array<{ accountId: string, role: CouncilRole }> }> }, meetings: { edges: Array<{ node: { id: string, startsAt: string, place: string } }> } };

export type DraftMinutesMutationVariables = Exact<{
  input: DraftMinutesInput;
}>;


export type DraftMinutesMutation = { draftMinutes: { id: string, version: number } };

export type SubmitMinutesMutationVariables = Exact<{
  id: string | number;
}>;


export type SubmitMinutesMutation = { submitMinutes: { id: string, status: MinutesStatus } };

export type PublishMinutesMutationVariables = Exact<{
  id: string | number;
}>;


export type PublishMinutesMutation = { publishMinutes: { id: string, meetingId: string, version: number, contentHash: string | null } };

export type AddMinutesToAgendaMutationVariables = Exact<{
  input: AddAgendaItemInput;
}>;


export type AddMinutesToAgendaMutation = { addAgendaItem: { id: string } };

export type AccountabilityQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountabilityQuery = { accountability: { today: string, townHall: { answers: { count: number, overdue: number, averageDays: number | null, worstDays: number | null }, publications: { count: number, overdue: number, averageDays: number | null, worstDays: number | null }, agendaWaits: { count: number, overdue: number, averageDays: number | null, worstDays: number | null } }, councils: Array<{ councilId: string, name: string, slug: string, answersDue: Array<{ proposalId: string, title: string | null, decidedOn: string | null, dueOn: string, answeredOn: string | null, daysLate: number, delayDays: number | null, overdue: boolean }>, answersOverdue: Array<{ proposalId: string, title: string | null, decidedOn: string | null, dueOn: string, answeredOn: string | null, daysLate: number, delayDays: number | null, overdue: boolean }>, answersGiven: Array<{ proposalId: string, title: string | null, decidedOn: string | null, dueOn: string, answeredOn: string | null, daysLate: number, delayDays: number | null, overdue: boolean }>, minutesAwaitingPublication: Array<{ minutesId: string, meetingId: string, meetingStartsAt: string, version: number, adoptedOn: string, dueOn: string | null, publishedOn: string | null, daysLate: number, delayDays: number | null, overdue: boolean }>, minutesOverdue: Array<{ minutesId: string, meetingId: string, meetingStartsAt: string, version: number, adoptedOn: string, dueOn: string | null, publishedOn: string | null, daysLate: number, delayDays: number | null, overdue: boolean }>, minutesPublished: Array<{ minutesId: string, meetingId: string, meetingStartsAt: string, version: number, adoptedOn: string, dueOn: string | null, publishedOn: string | null, daysLate: number, delayDays: number | null, overdue: boolean }>, qualifiedProposals: Array<{ proposalId: string, title: string | null, qualifiedOn: string, waitDays: number, placedOn: string | null }> }> } };

export type DelayStatsFieldsFragment = { count: number, overdue: number, averageDays: number | null, worstDays: number | null };

export type OwedAnswerFieldsFragment = { proposalId: string, title: string | null, decidedOn: string | null, dueOn: string, answeredOn: string | null, daysLate: number, delayDays: number | null, overdue: boolean };

export type OwedMinutesFieldsFragment = { minutesId: string, meetingId: string, meetingStartsAt: string, version: number, adoptedOn: string, dueOn: string | null, publishedOn: string | null, daysLate: number, delayDays: number | null, overdue: boolean };

export type ProposalToAnswerQueryVariables = Exact<{
  id: string | number;
}>;


export type ProposalToAnswerQuery = { proposal: { id: string, title: string, status: ProposalStatus, bodyHtml: string | null, decidedAt: string | null, answer: OfficialAnswer | null, answerDeadline: string | null, answerOverdue: boolean, answerJustification: string | null, answeredAt: string | null, implementedAt: string | null, council: { name: string, slug: string } } };

export type AnsweredProposalsQueryVariables = Exact<{ [key: string]: never; }>;


export type AnsweredProposalsQuery = { proposals: { edges: Array<{ node: { id: string, title: string, answer: OfficialAnswer | null, answeredAt: string | null, council: { name: string } } }> } };

export type AnswerProposalMutationVariables = Exact<{
  input: AnswerProposalInput;
}>;


export type AnswerProposalMutation = { answerProposal: { id: string, status: ProposalStatus } };

export type MarkImplementedMutationVariables = Exact<{
  id: string | number;
}>;


export type MarkImplementedMutation = { markProposalImplemented: { id: string, status: ProposalStatus } };

export type MyCouncilsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCouncilsQuery = { councils: { edges: Array<{ node: { id: string, name: string, slug: string, neighbourhood: string, charter: { convocationNoticeDays: number, oppositionAgendaQuota: number }, colleges: Array<{ college: College, members: Array<{ id: string, accountId: string, college: College, role: CouncilRole, opposition: boolean, politicalGroup: string | null, termStart: string, termEnd: string }> }> } }> } };

export type CouncilMeetingsQueryVariables = Exact<{
  councilId: string | number;
}>;


export type CouncilMeetingsQuery = { meetings: { edges: Array<{ node: { id: string, startsAt: string, place: string, status: MeetingStatus, accessible: boolean, isPublic: boolean, agenda: Array<{ id: string }> } }> } };

export type ConvocationsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConvocationsQuery = { notifications: { edges: Array<{ node: { id: string, event: NotificationEvent, title: string, body: string, link: string, createdAt: string, readAt: string | null } }> } };

export type PrepMeetingQueryVariables = Exact<{
  id: string | number;
}>;


export type PrepMeetingQuery = { meeting: { id: string, councilId: string, startsAt: string, place: string, status: MeetingStatus, accessible: boolean, accessibilityDetails: string | null, isPublic: boolean, cancelReason: string | null, convenedAt: string | null, agenda: Array<{ id: string, position: number, kind: AgendaItemKind, title: string, descriptionHtml: string, proposalId: string | null, addedBy: string | null }> } };

export type QualifiedProposalsQueryVariables = Exact<{
  councilId: string | number;
}>;


export type QualifiedProposalsQuery = { proposals: { edges: Array<{ node: { id: string, title: string } }> } };

export type ScheduleMeetingMutationVariables = Exact<{
  input: ScheduleMeetingInput;
}>;


export type ScheduleMeetingMutation = { scheduleMeeting: { id: string } };

export type AddAgendaItemMutationVariables = Exact<{
  input: AddAgendaItemInput;
}>;


export type AddAgendaItemMutation = { addAgendaItem: { id: string } };

export type RemoveAgendaItemMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveAgendaItemMutation = { removeAgendaItem: { id: string } };

export type ReorderAgendaMutationVariables = Exact<{
  input: ReorderAgendaInput;
}>;


export type ReorderAgendaMutation = { reorderAgenda: { id: string } };

export type ConvokeMeetingMutationVariables = Exact<{
  id: string | number;
}>;


export type ConvokeMeetingMutation = { convokeMeeting: { id: string, status: MeetingStatus } };

export type CancelMeetingMutationVariables = Exact<{
  input: CancelMeetingInput;
}>;


export type CancelMeetingMutation = { cancelMeeting: { id: string, status: MeetingStatus } };

export type StatementFieldsFragment = { id: string, authorId: string, authorName: string, politicalGroup: string, body: string, bodyHtml: string, updatedAt: string };

export type StatementTargetsQueryVariables = Exact<{
  councilId: string | number;
}>;


export type StatementTargetsQuery = { meetings: { edges: Array<{ node: { id: string, startsAt: string, minutes: Array<{ id: string, version: number, status: MinutesStatus, oppositionStatements: Array<{ id: string, authorId: string, authorName: string, politicalGroup: string, body: string, bodyHtml: string, updatedAt: string }> }> } }> }, answered: { edges: Array<{ node: { id: string, title: string, answeredAt: string | null, oppositionStatements: Array<{ id: string, authorId: string, authorName: string, politicalGroup: string, body: string, bodyHtml: string, updatedAt: string }> } }> }, implemented: { edges: Array<{ node: { id: string, title: string, answeredAt: string | null, oppositionStatements: Array<{ id: string, authorId: string, authorName: string, politicalGroup: string, body: string, bodyHtml: string, updatedAt: string }> } }> } };

export type AddStatementMutationVariables = Exact<{
  input: AddOppositionStatementInput;
}>;


export type AddStatementMutation = { addOppositionStatement: { id: string } };

export type UpdateStatementMutationVariables = Exact<{
  input: UpdateOppositionStatementInput;
}>;


export type UpdateStatementMutation = { updateOppositionStatement: { id: string } };

export type TownHallDashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type TownHallDashboardQuery = { residentsAwaitingVerification: { totalCount: number }, contestedResidencyClaims: { totalCount: number }, moderationQueue: Array<{ targetId: string, hidden: boolean }>, accountability: { today: string, councils: Array<{ councilId: string, name: string, slug: string, answersDue: Array<{ proposalId: string }>, answersOverdue: Array<{ proposalId: string }>, minutesAwaitingPublication: Array<{ minutesId: string }>, minutesOverdue: Array<{ minutesId: string }>, qualifiedProposals: Array<{ proposalId: string, placedOn: string | null }> }> } };

export type ResidentsPageQueryVariables = Exact<{
  after?: string | null | undefined;
  search: string;
  searching: boolean;
}>;


export type ResidentsPageQuery = { residentsAwaitingVerification: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, displayName: string, email: string | null, createdAt: string } }> }, searchAccounts?: { totalCount: number, edges: Array<{ node: { id: string, displayName: string, email: string | null, createdAt: string, emailVerified: boolean, residency: { neighbourhood: string, method: ResidencyMethod, verifiedAt: string } | null } }> }, contestedResidencyClaims: { totalCount: number, edges: Array<{ node: { id: string, claimedAt: string, claimant: { id: string, displayName: string, email: string | null }, currentHolder: { displayName: string, email: string | null } | null } }> }, councils: { edges: Array<{ node: { id: string, name: string, neighbourhood: string } }> }, verified: { edges: Array<{ node: { id: string, action: string | null, actorId: string | null, actorRole: string | null, objectId: string | null, occurredAt: string | null, after: Record<string, unknown> | null } }> }, claimed: { edges: Array<{ node: { id: string, action: string | null, actorId: string | null, actorRole: string | null, objectId: string | null, occurredAt: string | null, after: Record<string, unknown> | null } }> }, imports: { edges: Array<{ node: { id: string, action: string | null, actorId: string | null, actorRole: string | null, objectId: string | null, occurredAt: string | null, after: Record<string, unknown> | null } }> } };

export type VerificationEventsFragment = { edges: Array<{ node: { id: string, action: string | null, actorId: string | null, actorRole: string | null, objectId: string | null, occurredAt: string | null, after: Record<string, unknown> | null } }> };

export type VerifyResidentMutationVariables = Exact<{
  input: VerifyResidentInput;
}>;


export type VerifyResidentMutation = { verifyResident: { id: string, displayName: string, residency: { neighbourhood: string } | null } };

export type ImportCensusMutationVariables = Exact<{
  input: ImportCensusInput;
}>;


export type ImportCensusMutation = { importCensus: { importId: string, accepted: number, rejected: number, rejections: Array<{ line: number, reason: string }> } };

export type ModerationPageQueryVariables = Exact<{ [key: string]: never; }>;


export type ModerationPageQuery = { moderationQueue: Array<{ targetType: ReportableType, targetId: string, proposalId: string, excerpt: string, openReports: number, reasons: Array<string>, hidden: boolean, lastReportedAt: string }>, hides: { edges: Array<{ node: { id: string, objectType: string | null, objectId: string | null, occurredAt: string | null, after: Record<string, unknown> | null } }> }, restores: { edges: Array<{ node: { id: string, objectType: string | null, objectId: string | null, occurredAt: string | null, after: Record<string, unknown> | null } }> } };

export type ModerationEventsFragment = { edges: Array<{ node: { id: string, objectType: string | null, objectId: string | null, occurredAt: string | null, after: Record<string, unknown> | null } }> };

export type ModerateContentMutationVariables = Exact<{
  input: ModerateContentInput;
}>;


export type ModerateContentMutation = { moderateContent: { targetType: ReportableType, targetId: string, hidden: boolean, hiddenReason: string | null } };

export type MeetingDayQueryVariables = Exact<{
  id: string | number;
}>;


export type MeetingDayQuery = { meeting: { id: string, startsAt: string, place: string, status: MeetingStatus, councilId: string, openedAt: string | null, closedAt: string | null, attendance: Array<{ accountId: string, displayName: string, status: AttendanceStatus, proxyHolderId: string | null }>, quorum: { membersInOffice: number, required: number, present: number, represented: number, reached: boolean } | null, agenda: Array<{ id: string, position: number, title: string, kind: AgendaItemKind, ballot: { id: string, status: string, secret: boolean, votesCast: number, openedAt: string, closedAt: string | null, result: { for: number, against: number, abstain: number, present: number, quorumRequired: number, quorumHeld: boolean, adopted: boolean } | null, rollCall: Array<{ voterId: string, voterName: string, castBy: string, choice: VoteChoice }> | null } | null }> } };

export type CouncilMembersQueryVariables = Exact<{
  slug: string;
}>;


export type CouncilMembersQuery = { council: { id: string, name: string, slug: string, charter: { quorum: number | null }, colleges: Array<{ college: College, members: Array<{ accountId: string, displayName: string, role: CouncilRole }> }> } };

export type OpenMeetingMutationVariables = Exact<{
  id: string | number;
}>;


export type OpenMeetingMutation = { openMeeting: { id: string, status: MeetingStatus } };

export type CloseMeetingMutationVariables = Exact<{
  id: string | number;
}>;


export type CloseMeetingMutation = { closeMeeting: { id: string, status: MeetingStatus } };

export type RecordAttendanceMutationVariables = Exact<{
  input: RecordAttendanceInput;
}>;


export type RecordAttendanceMutation = { recordAttendance: { id: string, quorum: { present: number, represented: number, required: number, reached: boolean } | null } };

export type OpenBallotMutationVariables = Exact<{
  input: OpenBallotInput;
}>;


export type OpenBallotMutation = { openBallot: { id: string, status: string } };

export type CastVoteMutationVariables = Exact<{
  input: CastVoteInput;
}>;


export type CastVoteMutation = { castVote: { id: string, votesCast: number } };

export type CloseBallotMutationVariables = Exact<{
  id: string | number;
}>;


export type CloseBallotMutation = { closeBallot: { id: string, status: string } };

export type BallotUpdatedSubscriptionVariables = Exact<{
  meetingId: string | number;
}>;


export type BallotUpdatedSubscription = { ballotUpdated: { id: string, status: string, votesCast: number } };

export type AdminCouncilQueryVariables = Exact<{
  slug: string;
}>;


export type AdminCouncilQuery = { council: { id: string, name: string, slug: string, neighbourhood: string, perimeterDescription: string, charter: { version: number, changedAt: string, supportThreshold: number, supportWindowDays: number, responseDeadlineDays: number, convocationNoticeDays: number, minutesPublicationDays: number, oppositionAgendaQuota: number, termYears: number, quorum: number | null, residentCoChairRequired: boolean, seats: { residents: number, associations: number, electedMajority: number, electedOpposition: number } }, colleges: Array<{ college: College, seats: number, members: Array<{ id: string, accountId: string, displayName: string, role: CouncilRole, politicalGroup: string | null, termStart: string, termEnd: string, drawnByLot: boolean }> }> } };

export type CharterHistoryQueryVariables = Exact<{
  councilId: string;
}>;


export type CharterHistoryQuery = { auditLog: { edges: Array<{ node: { id: string, occurredAt: string | null, before: Record<string, unknown> | null, after: Record<string, unknown> | null } }> } };

export type CreateCouncilMutationVariables = Exact<{
  input: CreateCouncilInput;
}>;


export type CreateCouncilMutation = { createCouncil: { id: string, slug: string } };

export type UpdateCharterMutationVariables = Exact<{
  input: UpdateCouncilCharterInput;
}>;


export type UpdateCharterMutation = { updateCouncilCharter: { id: string, charter: { version: number } } };

export type AddCouncilMemberMutationVariables = Exact<{
  input: AddCouncilMemberInput;
}>;


export type AddCouncilMemberMutation = { addCouncilMember: { id: string } };

export type EndMembershipMutationVariables = Exact<{
  input: EndMembershipInput;
}>;


export type EndMembershipMutation = { endMembership: { id: string } };

export type AnnounceSortitionMutationVariables = Exact<{
  input: AnnounceSortitionInput;
}>;


export type AnnounceSortitionMutation = { announceSortition: { id: string } };

export type RunSortitionMutationVariables = Exact<{
  input: RunSortitionInput;
}>;


export type RunSortitionMutation = { runSortition: { id: string } };

export type SearchAccountsQueryVariables = Exact<{
  query: string;
}>;


export type SearchAccountsQuery = { searchAccounts: { totalCount: number, edges: Array<{ node: { id: string, displayName: string, email: string | null, role: AccountRole } }> } };

export type SetAccountRoleMutationVariables = Exact<{
  input: SetAccountRoleInput;
}>;


export type SetAccountRoleMutation = { setAccountRole: { id: string, role: AccountRole } };

export type QueueHealthQueryVariables = Exact<{ [key: string]: never; }>;


export type QueueHealthQuery = { queueMetrics: Array<{ name: string, waiting: number, active: number, delayed: number, completed: number, failed: number }>, failedJobs: Array<{ jobId: string, jobName: string, attempts: number, failedAt: string, error: string }> };

export type StaffAccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffAccountsQuery = { staffAccounts: { totalCount: number, edges: Array<{ node: { id: string, displayName: string, email: string | null, role: AccountRole } }> } };

export type CouncilCreatedQueryVariables = Exact<{
  slug: string;
}>;


export type CouncilCreatedQuery = { council: { id: string, name: string, neighbourhood: string, perimeterDescription: string, createdAt: string } };

export type WorksListQueryVariables = Exact<{
  scope?: WorksScope | null | undefined;
}>;


export type WorksListQuery = { worksProjects: Array<{ id: string, title: string, address: string, startsOn: string, endsOn: string, phase: WorksPhase, detourVersion: number, councils: Array<{ id: string, name: string }>, detours: Array<{ version: number, accessible: boolean }> }> };

export type WorksPageQueryVariables = Exact<{
  id: string | number;
}>;


export type WorksPageQuery = { worksProject: { id: string, title: string, description: string, address: string, geometry: string | null, startsOn: string, endsOn: string, assessmentDueOn: string | null, phase: WorksPhase, detourVersion: number, viewerFollows: boolean, viewerAssessmentRequests: Array<{ associationId: string }>, councils: Array<{ id: string, name: string, slug: string }>, detours: Array<{ id: string, version: number, description: string, accessible: boolean, reason: string | null, createdAt: string }>, reports: Array<{ id: string, detourVersion: number, problem: DetourProblem, place: string, description: string, createdAt: string, answer: string | null, answeredAt: string | null }>, assessmentRequests: Array<{ associationId: string, associationName: string, assessed: boolean }>, assessments: Array<{ id: string, associationName: string, detourVersion: number, opinion: AssessmentOpinion, comment: string, createdAt: string }> } };

export type PostWorksMutationVariables = Exact<{
  input: PostWorksInput;
}>;


export type PostWorksMutation = { postWorks: { id: string } };

export type ChangeDetourMutationVariables = Exact<{
  input: ChangeDetourInput;
}>;


export type ChangeDetourMutation = { changeDetour: { id: string, detourVersion: number } };

export type ReportDetourMutationVariables = Exact<{
  input: ReportDetourProblemInput;
}>;


export type ReportDetourMutation = { reportDetourProblem: { id: string } };

export type AnswerDetourReportMutationVariables = Exact<{
  input: AnswerDetourReportInput;
}>;


export type AnswerDetourReportMutation = { answerDetourReport: { id: string, answer: string | null } };

export type FollowWorksMutationVariables = Exact<{
  id: string | number;
}>;


export type FollowWorksMutation = { followWorks: { id: string, viewerFollows: boolean } };

export type UnfollowWorksMutationVariables = Exact<{
  id: string | number;
}>;


export type UnfollowWorksMutation = { unfollowWorks: { id: string, viewerFollows: boolean } };

export type WorksCouncilsQueryVariables = Exact<{ [key: string]: never; }>;


export type WorksCouncilsQuery = { councils: { edges: Array<{ node: { id: string, name: string } }> } };

export type WorksToAssessQueryVariables = Exact<{
  id: string | number;
}>;


export type WorksToAssessQuery = { worksProject: { id: string, title: string, address: string, startsOn: string, endsOn: string, assessmentDueOn: string | null, detourVersion: number, detours: Array<{ id: string, version: number, description: string, accessible: boolean }>, viewerAssessmentRequests: Array<{ associationId: string, associationName: string }>, assessments: Array<{ id: string, associationName: string, opinion: AssessmentOpinion, comment: string }> } };

export type AssessWorksMutationVariables = Exact<{
  input: AssessWorksInput;
}>;


export type AssessWorksMutation = { assessWorks: { id: string } };

export type UpdateWorksMutationVariables = Exact<{
  input: UpdateWorksInput;
}>;


export type UpdateWorksMutation = { updateWorks: { id: string } };

export type PlacesQueryVariables = Exact<{
  councilId?: string | number | null | undefined;
}>;


export type PlacesQuery = { places: Array<{ id: string, name: string, kind: PlaceKind, address: string, councilId: string | null, councilName: string | null, entrance: AccessStatus, toilets: AccessStatus, hearingLoop: AccessStatus, parking: AccessStatus, overall: AccessStatus, checkedOn: string | null, plannedWorks: string | null, plannedWorksOn: string | null, openReports: number, warning: string | null }> };

export type PlacesProgressQueryVariables = Exact<{ [key: string]: never; }>;


export type PlacesProgressQuery = { placesProgress: { termEndsOn: string, today: { accessible: number, notAccessible: number, unknown: number }, byKind: Array<{ key: string, label: string, accessible: number, notAccessible: number, unknown: number }>, byCouncil: Array<{ key: string, label: string, accessible: number, notAccessible: number, unknown: number }>, series: Array<{ month: string, day: string, accessible: number, notAccessible: number, unknown: number }> } };

export type PlaceQueryVariables = Exact<{
  id: string | number;
}>;


export type PlaceQuery = { place: { id: string, name: string, kind: PlaceKind, address: string, councilId: string | null, councilName: string | null, entrance: AccessStatus, toilets: AccessStatus, hearingLoop: AccessStatus, parking: AccessStatus, overall: AccessStatus, evidence: string | null, checkedOn: string | null, plannedWorks: string | null, plannedWorksOn: string | null, openReports: number, warning: string | null, checks: Array<{ id: string, checkedOn: string, entrance: AccessStatus, toilets: AccessStatus, hearingLoop: AccessStatus, parking: AccessStatus, overall: AccessStatus, evidence: string | null }>, reports: Array<{ id: string, body: string, createdAt: string, answer: string | null, answeredAt: string | null }> } };

export type CreatePlaceMutationVariables = Exact<{
  input: PlaceInput;
}>;


export type CreatePlaceMutation = { createPlace: { id: string } };

export type UpdatePlaceMutationVariables = Exact<{
  input: UpdatePlaceInput;
}>;


export type UpdatePlaceMutation = { updatePlace: { id: string } };

export type ReportPlaceProblemMutationVariables = Exact<{
  input: ReportPlaceProblemInput;
}>;


export type ReportPlaceProblemMutation = { reportPlaceProblem: { id: string } };

export type AnswerPlaceReportMutationVariables = Exact<{
  input: AnswerPlaceReportInput;
}>;


export type AnswerPlaceReportMutation = { answerPlaceReport: { id: string } };

export type MeetingRegisteredPlaceQueryVariables = Exact<{
  id: string | number;
}>;


export type MeetingRegisteredPlaceQuery = { meeting: { id: string, registeredPlace: { id: string, name: string, overall: AccessStatus, notAccessible: Array<string>, warning: string | null } | null } };

export type SolidarityPageQueryVariables = Exact<{
  council?: string | null | undefined;
  association?: string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SolidarityPageQuery = { solidarityEntries: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, description: string, audience: string, address: string, hours: string, access: string, accessibility: string, languages: Array<string>, cost: string, contact: string, soliguideUrl: string | null, runBy: string, councilName: string | null, lastCheckedOn: string, stale: boolean, viewerCanEdit: boolean } }> } };

export type SolidarityEntryQueryVariables = Exact<{
  id: string | number;
}>;


export type SolidarityEntryQuery = { solidarityEntry: { id: string, title: string, description: string, audience: string, address: string, hours: string, access: string, accessibility: string, languages: Array<string>, cost: string, contact: string, soliguideUrl: string | null, associationId: string | null, associationName: string | null, operatorName: string | null, runBy: string, councilId: string | null, councilName: string | null, status: SolidarityEntryStatus, lastCheckedOn: string, checkDueOn: string, stale: boolean, viewerCanEdit: boolean } };

export type EditableSolidarityEntriesQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type EditableSolidarityEntriesQuery = { editableSolidarityEntries: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, runBy: string, councilName: string | null, status: SolidarityEntryStatus, lastCheckedOn: string, stale: boolean } }> }, myAssociations: Array<{ id: string, name: string, status: AssociationStatus }> };

export type CreateSolidarityEntryMutationVariables = Exact<{
  input: CreateSolidarityEntryInput;
}>;


export type CreateSolidarityEntryMutation = { createSolidarityEntry: { id: string } };

export type UpdateSolidarityEntryMutationVariables = Exact<{
  input: UpdateSolidarityEntryInput;
}>;


export type UpdateSolidarityEntryMutation = { updateSolidarityEntry: { id: string, lastCheckedOn: string } };

export type ConfirmSolidarityEntryMutationVariables = Exact<{
  entryId: string | number;
}>;


export type ConfirmSolidarityEntryMutation = { confirmSolidarityEntry: { id: string, lastCheckedOn: string } };

export type SetSolidarityEntryStatusMutationVariables = Exact<{
  input: SolidarityEntryStatusInput;
}>;


export type SetSolidarityEntryStatusMutation = { setSolidarityEntryStatus: { id: string, status: SolidarityEntryStatus } };

export type ImportSolidarityEntriesMutationVariables = Exact<{
  input: ImportSolidarityEntriesInput;
}>;


export type ImportSolidarityEntriesMutation = { importSolidarityEntries: { imported: number, rejected: Array<{ line: number, reason: string }> } };

export type AssociationsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type AssociationsQuery = { associations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, description: string, fields: Array<AssociationField>, website: string | null } }> } };

export type AssociationQueryVariables = Exact<{
  id: string | number;
}>;


export type AssociationQuery = { association: { id: string, name: string, description: string, fields: Array<AssociationField>, contactEmail: string | null, contactPhone: string | null, website: string | null, status: AssociationStatus, viewerIsMember: boolean, members: Array<{ accountId: string, displayName: string }>, seats: Array<{ councilSlug: string, councilName: string, displayName: string }> } };

export type AssociationManageQueryVariables = Exact<{
  id: string | number;
}>;


export type AssociationManageQuery = { association: { id: string, name: string, description: string, fields: Array<AssociationField>, contactEmail: string | null, contactPhone: string | null, website: string | null, status: AssociationStatus, statusReason: string | null, viewerIsMember: boolean, members: Array<{ accountId: string, displayName: string, since: string }>, seats: Array<{ councilSlug: string, councilName: string, displayName: string }> } };

export type MyAssociationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAssociationsQuery = { myAssociations: Array<{ id: string, name: string, status: AssociationStatus, fields: Array<AssociationField> }> };

export type AgentAssociationsQueryVariables = Exact<{
  status?: AssociationStatus | null | undefined;
  after?: string | null | undefined;
}>;


export type AgentAssociationsQuery = { associations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, description: string, fields: Array<AssociationField>, contactEmail: string | null, status: AssociationStatus, statusReason: string | null, createdAt: string, members: Array<{ accountId: string, displayName: string }>, seats: Array<{ councilName: string, displayName: string }> } }> } };

export type ProposeAssociationMutationVariables = Exact<{
  input: AssociationInput;
}>;


export type ProposeAssociationMutation = { proposeAssociation: { id: string } };

export type UpdateAssociationMutationVariables = Exact<{
  input: UpdateAssociationInput;
}>;


export type UpdateAssociationMutation = { updateAssociation: { id: string } };

export type AddAssociationMemberByEmailMutationVariables = Exact<{
  input: AssociationMemberByEmailInput;
}>;


export type AddAssociationMemberByEmailMutation = { addAssociationMemberByEmail: { id: string } };

export type RemoveAssociationMemberMutationVariables = Exact<{
  input: AssociationMemberInput;
}>;


export type RemoveAssociationMemberMutation = { removeAssociationMember: { id: string, viewerIsMember: boolean } };

export type DecideOnAssociationMutationVariables = Exact<{
  input: DecideOnAssociationInput;
}>;


export type DecideOnAssociationMutation = { decideOnAssociation: { id: string, status: AssociationStatus } };

export type SeatAssociationInCouncilMutationVariables = Exact<{
  input: SeatAssociationInput;
}>;


export type SeatAssociationInCouncilMutation = { seatAssociationInCouncil: { id: string } };

export type HideDetourReportMutationVariables = Exact<{
  input: HideDetourReportInput;
}>;


export type HideDetourReportMutation = { hideDetourReport: { id: string } };

export type HidePlaceReportMutationVariables = Exact<{
  input: HidePlaceReportInput;
}>;


export type HidePlaceReportMutation = { hidePlaceReport: { id: string } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ProposalCardFragmentDoc = new TypedDocumentString(`
    fragment ProposalCard on Proposal {
  id
  title
  status
  category
  authorName
  publishedAt
  createdAt
  expiresAt
  supportCount
  supportThreshold
  council {
    name
    slug
    neighbourhood
    neighbourhoodKey
  }
}
    `, {"fragmentName":"ProposalCard"}) as unknown as TypedDocumentString<ProposalCardFragment, unknown>;
export const DelayStatsFieldsFragmentDoc = new TypedDocumentString(`
    fragment DelayStatsFields on DelayStats {
  count
  overdue
  averageDays
  worstDays
}
    `, {"fragmentName":"DelayStatsFields"}) as unknown as TypedDocumentString<DelayStatsFieldsFragment, unknown>;
export const OwedAnswerFieldsFragmentDoc = new TypedDocumentString(`
    fragment OwedAnswerFields on OwedAnswer {
  proposalId
  title
  decidedOn
  dueOn
  answeredOn
  daysLate
  delayDays
  overdue
}
    `, {"fragmentName":"OwedAnswerFields"}) as unknown as TypedDocumentString<OwedAnswerFieldsFragment, unknown>;
export const OwedMinutesFieldsFragmentDoc = new TypedDocumentString(`
    fragment OwedMinutesFields on OwedMinutes {
  minutesId
  meetingId
  meetingStartsAt
  version
  adoptedOn
  dueOn
  publishedOn
  daysLate
  delayDays
  overdue
}
    `, {"fragmentName":"OwedMinutesFields"}) as unknown as TypedDocumentString<OwedMinutesFieldsFragment, unknown>;
export const StatementFieldsFragmentDoc = new TypedDocumentString(`
    fragment StatementFields on OppositionStatement {
  id
  authorId
  authorName
  politicalGroup
  body
  bodyHtml
  updatedAt
}
    `, {"fragmentName":"StatementFields"}) as unknown as TypedDocumentString<StatementFieldsFragment, unknown>;
export const VerificationEventsFragmentDoc = new TypedDocumentString(`
    fragment VerificationEvents on AuditLogConnection {
  edges {
    node {
      id
      action
      actorId
      actorRole
      objectId
      occurredAt
      after
    }
  }
}
    `, {"fragmentName":"VerificationEvents"}) as unknown as TypedDocumentString<VerificationEventsFragment, unknown>;
export const ModerationEventsFragmentDoc = new TypedDocumentString(`
    fragment ModerationEvents on AuditLogConnection {
  edges {
    node {
      id
      objectType
      objectId
      occurredAt
      after
    }
  }
}
    `, {"fragmentName":"ModerationEvents"}) as unknown as TypedDocumentString<ModerationEventsFragment, unknown>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    displayName
    email
    emailVerified
    role
    residency {
      neighbourhood
      method
    }
  }
  mySeats {
    councilId
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($input: LoginInput!) {
  login(input: $input) {
    accessToken
    accessTokenExpiresAt
    refreshToken
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const RefreshDocument = new TypedDocumentString(`
    mutation Refresh($refreshToken: String!) {
  refreshToken(refreshToken: $refreshToken) {
    accessToken
    accessTokenExpiresAt
    refreshToken
  }
}
    `) as unknown as TypedDocumentString<RefreshMutation, RefreshMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const RegisterDocument = new TypedDocumentString(`
    mutation Register($input: RegisterInput!) {
  register(input: $input) {
    ok
    message
  }
}
    `) as unknown as TypedDocumentString<RegisterMutation, RegisterMutationVariables>;
export const VerifyEmailDocument = new TypedDocumentString(`
    mutation VerifyEmail($token: String!) {
  verifyEmail(token: $token)
}
    `) as unknown as TypedDocumentString<VerifyEmailMutation, VerifyEmailMutationVariables>;
export const RequestPasswordResetDocument = new TypedDocumentString(`
    mutation RequestPasswordReset($email: String!) {
  requestPasswordReset(email: $email) {
    ok
    message
  }
}
    `) as unknown as TypedDocumentString<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($input: ResetPasswordInput!) {
  resetPassword(input: $input)
}
    `) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const ClaimResidencyDocument = new TypedDocumentString(`
    mutation ClaimResidency($input: ClaimResidencyInput!) {
  claimResidency(input: $input) {
    residency {
      neighbourhood
    }
  }
}
    `) as unknown as TypedDocumentString<ClaimResidencyMutation, ClaimResidencyMutationVariables>;
export const HomeDocument = new TypedDocumentString(`
    query Home {
  councils(first: 50) {
    edges {
      node {
        id
        name
        slug
        neighbourhood
      }
    }
  }
  latest: proposals(first: 5, orderBy: NEWEST) {
    edges {
      node {
        ...ProposalCard
      }
    }
  }
  qualified: proposals(first: 5, status: QUALIFIED) {
    edges {
      node {
        ...ProposalCard
      }
    }
  }
  adopted: proposals(first: 20, status: ADOPTED) {
    edges {
      node {
        ...ProposalCard
        answerOverdue
        answerDeadline
      }
    }
  }
  meetings(first: 5, status: CONVENED) {
    edges {
      node {
        id
        startsAt
        place
        councilId
      }
    }
  }
}
    fragment ProposalCard on Proposal {
  id
  title
  status
  category
  authorName
  publishedAt
  createdAt
  expiresAt
  supportCount
  supportThreshold
  council {
    name
    slug
    neighbourhood
    neighbourhoodKey
  }
}`) as unknown as TypedDocumentString<HomeQuery, HomeQueryVariables>;
export const ProposalsDocument = new TypedDocumentString(`
    query Proposals($first: Int, $after: String, $search: String, $status: ProposalStatus, $category: ProposalCategory, $councilId: ID, $orderBy: ProposalOrder) {
  proposals(
    first: $first
    after: $after
    search: $search
    status: $status
    category: $category
    councilId: $councilId
    orderBy: $orderBy
  ) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      node {
        ...ProposalCard
      }
    }
  }
  councils(first: 100) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    fragment ProposalCard on Proposal {
  id
  title
  status
  category
  authorName
  publishedAt
  createdAt
  expiresAt
  supportCount
  supportThreshold
  council {
    name
    slug
    neighbourhood
    neighbourhoodKey
  }
}`) as unknown as TypedDocumentString<ProposalsQuery, ProposalsQueryVariables>;
export const ProposalDocument = new TypedDocumentString(`
    query Proposal($id: ID!) {
  proposal(id: $id) {
    ...ProposalCard
    authorId
    bodyHtml
    bodyMarkdown
    address
    qualifiedAt
    decidedAt
    answeredAt
    implementedAt
    answerDeadline
    answerOverdue
    answerJustification
    hiddenReason
    viewerSupports
    viewerFollows
    answer
    oppositionStatements {
      id
      bodyHtml
      authorName
    }
  }
}
    fragment ProposalCard on Proposal {
  id
  title
  status
  category
  authorName
  publishedAt
  createdAt
  expiresAt
  supportCount
  supportThreshold
  council {
    name
    slug
    neighbourhood
    neighbourhoodKey
  }
}`) as unknown as TypedDocumentString<ProposalQuery, ProposalQueryVariables>;
export const SupportDocument = new TypedDocumentString(`
    mutation Support($id: ID!) {
  supportProposal(id: $id) {
    alreadySupported
    proposal {
      id
      status
      supportCount
    }
  }
}
    `) as unknown as TypedDocumentString<SupportMutation, SupportMutationVariables>;
export const WithdrawSupportDocument = new TypedDocumentString(`
    mutation WithdrawSupport($id: ID!) {
  withdrawSupport(id: $id) {
    wasSupporting
  }
}
    `) as unknown as TypedDocumentString<WithdrawSupportMutation, WithdrawSupportMutationVariables>;
export const FollowProposalDocument = new TypedDocumentString(`
    mutation FollowProposal($id: ID!) {
  followProposal(id: $id) {
    following
  }
}
    `) as unknown as TypedDocumentString<FollowProposalMutation, FollowProposalMutationVariables>;
export const UnfollowProposalDocument = new TypedDocumentString(`
    mutation UnfollowProposal($id: ID!) {
  unfollowProposal(id: $id) {
    following
  }
}
    `) as unknown as TypedDocumentString<UnfollowProposalMutation, UnfollowProposalMutationVariables>;
export const CommentDocument = new TypedDocumentString(`
    mutation Comment($input: CommentOnProposalInput!) {
  commentOnProposal(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CommentMutation, CommentMutationVariables>;
export const SimilarProposalsDocument = new TypedDocumentString(`
    query SimilarProposals($title: String!, $councilId: ID) {
  similarProposals(title: $title, councilId: $councilId) {
    id
    title
    status
  }
}
    `) as unknown as TypedDocumentString<SimilarProposalsQuery, SimilarProposalsQueryVariables>;
export const SubmitProposalDocument = new TypedDocumentString(`
    mutation SubmitProposal($input: SubmitProposalInput!) {
  submitProposal(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<SubmitProposalMutation, SubmitProposalMutationVariables>;
export const PublishProposalDocument = new TypedDocumentString(`
    mutation PublishProposal($id: ID!) {
  publishProposal(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<PublishProposalMutation, PublishProposalMutationVariables>;
export const CouncilsDocument = new TypedDocumentString(`
    query Councils {
  councils(first: 100) {
    edges {
      node {
        id
        name
        slug
        neighbourhood
        neighbourhoodKey
        perimeterDescription
        followersCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CouncilsQuery, CouncilsQueryVariables>;
export const CouncilDocument = new TypedDocumentString(`
    query Council($slug: String!) {
  council(slug: $slug) {
    id
    name
    slug
    neighbourhood
    perimeterDescription
    followersCount
    viewerFollows
    charter {
      supportThreshold
      supportWindowDays
      responseDeadlineDays
      convocationNoticeDays
      minutesPublicationDays
      oppositionAgendaQuota
      termYears
      quorum
    }
    colleges {
      college
      seats
      members {
        id
        displayName
        role
        termStart
        termEnd
        drawnByLot
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CouncilQuery, CouncilQueryVariables>;
export const FollowCouncilDocument = new TypedDocumentString(`
    mutation FollowCouncil($id: ID!) {
  followCouncil(councilId: $id) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<FollowCouncilMutation, FollowCouncilMutationVariables>;
export const UnfollowCouncilDocument = new TypedDocumentString(`
    mutation UnfollowCouncil($id: ID!) {
  unfollowCouncil(councilId: $id) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<UnfollowCouncilMutation, UnfollowCouncilMutationVariables>;
export const MeetingsDocument = new TypedDocumentString(`
    query Meetings($after: String, $councilId: ID) {
  meetings(first: 20, after: $after, councilId: $councilId) {
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      node {
        id
        startsAt
        place
        status
        accessible
        councilId
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MeetingsQuery, MeetingsQueryVariables>;
export const MeetingDocument = new TypedDocumentString(`
    query Meeting($id: ID!) {
  meeting(id: $id) {
    id
    startsAt
    place
    status
    accessible
    accessibilityDetails
    isPublic
    cancelReason
    councilId
    agenda {
      id
      position
      title
      descriptionHtml
      kind
      proposalId
    }
  }
}
    `) as unknown as TypedDocumentString<MeetingQuery, MeetingQueryVariables>;
export const InboxDocument = new TypedDocumentString(`
    query Inbox {
  notificationPreferences {
    event
    label
    mode
  }
  notifications(first: 50) {
    edges {
      node {
        id
        title
        body
        link
        createdAt
        readAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InboxQuery, InboxQueryVariables>;
export const MarkReadDocument = new TypedDocumentString(`
    mutation MarkRead($input: MarkNotificationsReadInput!) {
  markNotificationsRead(input: $input)
}
    `) as unknown as TypedDocumentString<MarkReadMutation, MarkReadMutationVariables>;
export const ExportDocument = new TypedDocumentString(`
    query Export {
  exportMyData
}
    `) as unknown as TypedDocumentString<ExportQuery, ExportQueryVariables>;
export const DeleteAccountDocument = new TypedDocumentString(`
    mutation DeleteAccount($password: String!) {
  deleteMyAccount(password: $password)
}
    `) as unknown as TypedDocumentString<DeleteAccountMutation, DeleteAccountMutationVariables>;
export const UpdatePreferencesDocument = new TypedDocumentString(`
    mutation UpdatePreferences($input: UpdateNotificationPreferencesInput!) {
  updateNotificationPreferences(input: $input) {
    event
    mode
  }
}
    `) as unknown as TypedDocumentString<UpdatePreferencesMutation, UpdatePreferencesMutationVariables>;
export const NotificationAddedDocument = new TypedDocumentString(`
    subscription NotificationAdded {
  notificationAdded {
    id
    title
    link
  }
}
    `) as unknown as TypedDocumentString<NotificationAddedSubscription, NotificationAddedSubscriptionVariables>;
export const ProposalCommentsDocument = new TypedDocumentString(`
    query ProposalComments($id: ID!, $after: String) {
  proposal(id: $id) {
    id
    commentPage(first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          parentId
          authorId
          authorName
          bodyHtml
          bodyMarkdown
          createdAt
          editedAt
          hiddenReason
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProposalCommentsQuery, ProposalCommentsQueryVariables>;
export const EditCommentDocument = new TypedDocumentString(`
    mutation EditComment($input: EditCommentInput!) {
  editComment(input: $input) {
    id
    editedAt
  }
}
    `) as unknown as TypedDocumentString<EditCommentMutation, EditCommentMutationVariables>;
export const ReportContentDocument = new TypedDocumentString(`
    mutation ReportContent($input: ReportContentInput!) {
  reportContent(input: $input)
}
    `) as unknown as TypedDocumentString<ReportContentMutation, ReportContentMutationVariables>;
export const MyProposalsDocument = new TypedDocumentString(`
    query MyProposals($authorId: ID!, $supportedAfter: String, $authoredAfter: String) {
  authored: proposals(authorId: $authorId, first: 10, after: $authoredAfter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        title
        status
        supportCount
      }
    }
  }
  supported: proposals(supportedByMe: true, first: 10, after: $supportedAfter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        title
        status
        supportCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyProposalsQuery, MyProposalsQueryVariables>;
export const MeetingRecordDocument = new TypedDocumentString(`
    query MeetingRecord($id: ID!) {
  meeting(id: $id) {
    id
    startsAt
    place
    status
    accessible
    accessibilityDetails
    isPublic
    cancelReason
    councilId
    openedAt
    closedAt
    quorum {
      membersInOffice
      required
      present
      represented
      reached
    }
    agenda {
      id
      position
      title
      descriptionHtml
      kind
      proposalId
      ballot {
        id
        status
        secret
        votesCast
        closedAt
        result {
          for
          against
          abstain
          present
          quorumRequired
          quorumHeld
          adopted
        }
        rollCall {
          voterId
          voterName
          castBy
          choice
        }
      }
    }
    minutes {
      id
      version
      status
      publishedAt
      contentHash
      previousVersionId
      documentHtml
      publicationOverdue
      oppositionStatements {
        id
        authorName
        politicalGroup
        bodyHtml
      }
    }
    minutesDue {
      version
      publicationDue
      publicationOverdue
    }
  }
}
    `) as unknown as TypedDocumentString<MeetingRecordQuery, MeetingRecordQueryVariables>;
export const SortitionsDocument = new TypedDocumentString(`
    query Sortitions($councilId: ID!) {
  sortitions(councilId: $councilId) {
    id
    status
    seats
    algorithm
    seedRule
    seed
    announcedAt
    drawnAt
    result
    pool {
      position
      volunteerId
      gender
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<SortitionsQuery, SortitionsQueryVariables>;
export const MeetingMinutesDocument = new TypedDocumentString(`
    query MeetingMinutes($id: ID!) {
  meeting(id: $id) {
    id
    startsAt
    place
    status
    councilId
    minutes {
      id
      version
      status
      summary
      record
      document
      documentHtml
      submittedAt
      adoptedAt
      publishedAt
      publicationDue
      publicationOverdue
      contentHash
      previousVersionId
    }
  }
}
    `) as unknown as TypedDocumentString<MeetingMinutesQuery, MeetingMinutesQueryVariables>;
export const CouncilOfficesDocument = new TypedDocumentString(`
    query CouncilOffices($slug: String!, $councilId: ID!) {
  council(slug: $slug) {
    id
    name
    slug
    colleges {
      members {
        accountId
        role
      }
    }
  }
  meetings(first: 20, councilId: $councilId, status: DRAFT) {
    edges {
      node {
        id
        startsAt
        place
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CouncilOfficesQuery, CouncilOfficesQueryVariables>;
export const DraftMinutesDocument = new TypedDocumentString(`
    mutation DraftMinutes($input: DraftMinutesInput!) {
  draftMinutes(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<DraftMinutesMutation, DraftMinutesMutationVariables>;
export const SubmitMinutesDocument = new TypedDocumentString(`
    mutation SubmitMinutes($id: ID!) {
  submitMinutes(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<SubmitMinutesMutation, SubmitMinutesMutationVariables>;
export const PublishMinutesDocument = new TypedDocumentString(`
    mutation PublishMinutes($id: ID!) {
  publishMinutes(id: $id) {
    id
    meetingId
    version
    contentHash
  }
}
    `) as unknown as TypedDocumentString<PublishMinutesMutation, PublishMinutesMutationVariables>;
export const AddMinutesToAgendaDocument = new TypedDocumentString(`
    mutation AddMinutesToAgenda($input: AddAgendaItemInput!) {
  addAgendaItem(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddMinutesToAgendaMutation, AddMinutesToAgendaMutationVariables>;
export const AccountabilityDocument = new TypedDocumentString(`
    query Accountability {
  accountability {
    today
    townHall {
      answers {
        ...DelayStatsFields
      }
      publications {
        ...DelayStatsFields
      }
      agendaWaits {
        ...DelayStatsFields
      }
    }
    councils {
      councilId
      name
      slug
      answersDue {
        ...OwedAnswerFields
      }
      answersOverdue {
        ...OwedAnswerFields
      }
      answersGiven {
        ...OwedAnswerFields
      }
      minutesAwaitingPublication {
        ...OwedMinutesFields
      }
      minutesOverdue {
        ...OwedMinutesFields
      }
      minutesPublished {
        ...OwedMinutesFields
      }
      qualifiedProposals {
        proposalId
        title
        qualifiedOn
        waitDays
        placedOn
      }
    }
  }
}
    fragment DelayStatsFields on DelayStats {
  count
  overdue
  averageDays
  worstDays
}
fragment OwedAnswerFields on OwedAnswer {
  proposalId
  title
  decidedOn
  dueOn
  answeredOn
  daysLate
  delayDays
  overdue
}
fragment OwedMinutesFields on OwedMinutes {
  minutesId
  meetingId
  meetingStartsAt
  version
  adoptedOn
  dueOn
  publishedOn
  daysLate
  delayDays
  overdue
}`) as unknown as TypedDocumentString<AccountabilityQuery, AccountabilityQueryVariables>;
export const ProposalToAnswerDocument = new TypedDocumentString(`
    query ProposalToAnswer($id: ID!) {
  proposal(id: $id) {
    id
    title
    status
    bodyHtml
    decidedAt
    answer
    answerDeadline
    answerOverdue
    answerJustification
    answeredAt
    implementedAt
    council {
      name
      slug
    }
  }
}
    `) as unknown as TypedDocumentString<ProposalToAnswerQuery, ProposalToAnswerQueryVariables>;
export const AnsweredProposalsDocument = new TypedDocumentString(`
    query AnsweredProposals {
  proposals(first: 100, status: ANSWERED) {
    edges {
      node {
        id
        title
        answer
        answeredAt
        council {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AnsweredProposalsQuery, AnsweredProposalsQueryVariables>;
export const AnswerProposalDocument = new TypedDocumentString(`
    mutation AnswerProposal($input: AnswerProposalInput!) {
  answerProposal(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<AnswerProposalMutation, AnswerProposalMutationVariables>;
export const MarkImplementedDocument = new TypedDocumentString(`
    mutation MarkImplemented($id: ID!) {
  markProposalImplemented(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<MarkImplementedMutation, MarkImplementedMutationVariables>;
export const MyCouncilsDocument = new TypedDocumentString(`
    query MyCouncils {
  councils(first: 100) {
    edges {
      node {
        id
        name
        slug
        neighbourhood
        charter {
          convocationNoticeDays
          oppositionAgendaQuota
        }
        colleges {
          college
          members {
            id
            accountId
            college
            role
            opposition
            politicalGroup
            termStart
            termEnd
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyCouncilsQuery, MyCouncilsQueryVariables>;
export const CouncilMeetingsDocument = new TypedDocumentString(`
    query CouncilMeetings($councilId: ID!) {
  meetings(first: 50, councilId: $councilId) {
    edges {
      node {
        id
        startsAt
        place
        status
        accessible
        isPublic
        agenda {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CouncilMeetingsQuery, CouncilMeetingsQueryVariables>;
export const ConvocationsDocument = new TypedDocumentString(`
    query Convocations {
  notifications(first: 100) {
    edges {
      node {
        id
        event
        title
        body
        link
        createdAt
        readAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConvocationsQuery, ConvocationsQueryVariables>;
export const PrepMeetingDocument = new TypedDocumentString(`
    query PrepMeeting($id: ID!) {
  meeting(id: $id) {
    id
    councilId
    startsAt
    place
    status
    accessible
    accessibilityDetails
    isPublic
    cancelReason
    convenedAt
    agenda {
      id
      position
      kind
      title
      descriptionHtml
      proposalId
      addedBy
    }
  }
}
    `) as unknown as TypedDocumentString<PrepMeetingQuery, PrepMeetingQueryVariables>;
export const QualifiedProposalsDocument = new TypedDocumentString(`
    query QualifiedProposals($councilId: ID!) {
  proposals(councilId: $councilId, status: QUALIFIED, first: 50) {
    edges {
      node {
        id
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QualifiedProposalsQuery, QualifiedProposalsQueryVariables>;
export const ScheduleMeetingDocument = new TypedDocumentString(`
    mutation ScheduleMeeting($input: ScheduleMeetingInput!) {
  scheduleMeeting(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ScheduleMeetingMutation, ScheduleMeetingMutationVariables>;
export const AddAgendaItemDocument = new TypedDocumentString(`
    mutation AddAgendaItem($input: AddAgendaItemInput!) {
  addAgendaItem(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddAgendaItemMutation, AddAgendaItemMutationVariables>;
export const RemoveAgendaItemDocument = new TypedDocumentString(`
    mutation RemoveAgendaItem($id: ID!) {
  removeAgendaItem(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<RemoveAgendaItemMutation, RemoveAgendaItemMutationVariables>;
export const ReorderAgendaDocument = new TypedDocumentString(`
    mutation ReorderAgenda($input: ReorderAgendaInput!) {
  reorderAgenda(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReorderAgendaMutation, ReorderAgendaMutationVariables>;
export const ConvokeMeetingDocument = new TypedDocumentString(`
    mutation ConvokeMeeting($id: ID!) {
  convokeMeeting(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConvokeMeetingMutation, ConvokeMeetingMutationVariables>;
export const CancelMeetingDocument = new TypedDocumentString(`
    mutation CancelMeeting($input: CancelMeetingInput!) {
  cancelMeeting(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CancelMeetingMutation, CancelMeetingMutationVariables>;
export const StatementTargetsDocument = new TypedDocumentString(`
    query StatementTargets($councilId: ID!) {
  meetings(first: 30, councilId: $councilId, status: CLOSED) {
    edges {
      node {
        id
        startsAt
        minutes {
          id
          version
          status
          oppositionStatements {
            ...StatementFields
          }
        }
      }
    }
  }
  answered: proposals(councilId: $councilId, status: ANSWERED, first: 50) {
    edges {
      node {
        id
        title
        answeredAt
        oppositionStatements {
          ...StatementFields
        }
      }
    }
  }
  implemented: proposals(councilId: $councilId, status: IMPLEMENTED, first: 50) {
    edges {
      node {
        id
        title
        answeredAt
        oppositionStatements {
          ...StatementFields
        }
      }
    }
  }
}
    fragment StatementFields on OppositionStatement {
  id
  authorId
  authorName
  politicalGroup
  body
  bodyHtml
  updatedAt
}`) as unknown as TypedDocumentString<StatementTargetsQuery, StatementTargetsQueryVariables>;
export const AddStatementDocument = new TypedDocumentString(`
    mutation AddStatement($input: AddOppositionStatementInput!) {
  addOppositionStatement(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddStatementMutation, AddStatementMutationVariables>;
export const UpdateStatementDocument = new TypedDocumentString(`
    mutation UpdateStatement($input: UpdateOppositionStatementInput!) {
  updateOppositionStatement(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateStatementMutation, UpdateStatementMutationVariables>;
export const TownHallDashboardDocument = new TypedDocumentString(`
    query TownHallDashboard {
  residentsAwaitingVerification(first: 1) {
    totalCount
  }
  contestedResidencyClaims(first: 1) {
    totalCount
  }
  moderationQueue {
    targetId
    hidden
  }
  accountability {
    today
    councils {
      councilId
      name
      slug
      answersDue {
        proposalId
      }
      answersOverdue {
        proposalId
      }
      minutesAwaitingPublication {
        minutesId
      }
      minutesOverdue {
        minutesId
      }
      qualifiedProposals {
        proposalId
        placedOn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TownHallDashboardQuery, TownHallDashboardQueryVariables>;
export const ResidentsPageDocument = new TypedDocumentString(`
    query ResidentsPage($after: String, $search: String!, $searching: Boolean!) {
  residentsAwaitingVerification(first: 20, after: $after) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      node {
        id
        displayName
        email
        createdAt
      }
    }
  }
  searchAccounts(query: $search, first: 20) @include(if: $searching) {
    totalCount
    edges {
      node {
        id
        displayName
        email
        createdAt
        emailVerified
        residency {
          neighbourhood
          method
          verifiedAt
        }
      }
    }
  }
  contestedResidencyClaims(first: 20) {
    totalCount
    edges {
      node {
        id
        claimedAt
        claimant {
          id
          displayName
          email
        }
        currentHolder {
          displayName
          email
        }
      }
    }
  }
  councils(first: 100) {
    edges {
      node {
        id
        name
        neighbourhood
      }
    }
  }
  verified: auditLog(first: 20, filter: {action: "resident.verified"}) {
    ...VerificationEvents
  }
  claimed: auditLog(first: 20, filter: {action: "resident.census-claimed"}) {
    ...VerificationEvents
  }
  imports: auditLog(first: 10, filter: {action: "census.imported"}) {
    ...VerificationEvents
  }
}
    fragment VerificationEvents on AuditLogConnection {
  edges {
    node {
      id
      action
      actorId
      actorRole
      objectId
      occurredAt
      after
    }
  }
}`) as unknown as TypedDocumentString<ResidentsPageQuery, ResidentsPageQueryVariables>;
export const VerifyResidentDocument = new TypedDocumentString(`
    mutation VerifyResident($input: VerifyResidentInput!) {
  verifyResident(input: $input) {
    id
    displayName
    residency {
      neighbourhood
    }
  }
}
    `) as unknown as TypedDocumentString<VerifyResidentMutation, VerifyResidentMutationVariables>;
export const ImportCensusDocument = new TypedDocumentString(`
    mutation ImportCensus($input: ImportCensusInput!) {
  importCensus(input: $input) {
    importId
    accepted
    rejected
    rejections {
      line
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<ImportCensusMutation, ImportCensusMutationVariables>;
export const ModerationPageDocument = new TypedDocumentString(`
    query ModerationPage {
  moderationQueue {
    targetType
    targetId
    proposalId
    excerpt
    openReports
    reasons
    hidden
    lastReportedAt
  }
  hides: auditLog(first: 50, filter: {action: "content.hidden"}) {
    ...ModerationEvents
  }
  restores: auditLog(first: 50, filter: {action: "content.restored"}) {
    ...ModerationEvents
  }
}
    fragment ModerationEvents on AuditLogConnection {
  edges {
    node {
      id
      objectType
      objectId
      occurredAt
      after
    }
  }
}`) as unknown as TypedDocumentString<ModerationPageQuery, ModerationPageQueryVariables>;
export const ModerateContentDocument = new TypedDocumentString(`
    mutation ModerateContent($input: ModerateContentInput!) {
  moderateContent(input: $input) {
    targetType
    targetId
    hidden
    hiddenReason
  }
}
    `) as unknown as TypedDocumentString<ModerateContentMutation, ModerateContentMutationVariables>;
export const MeetingDayDocument = new TypedDocumentString(`
    query MeetingDay($id: ID!) {
  meeting(id: $id) {
    id
    startsAt
    place
    status
    councilId
    openedAt
    closedAt
    attendance {
      accountId
      displayName
      status
      proxyHolderId
    }
    quorum {
      membersInOffice
      required
      present
      represented
      reached
    }
    agenda {
      id
      position
      title
      kind
      ballot {
        id
        status
        secret
        votesCast
        openedAt
        closedAt
        result {
          for
          against
          abstain
          present
          quorumRequired
          quorumHeld
          adopted
        }
        rollCall {
          voterId
          voterName
          castBy
          choice
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MeetingDayQuery, MeetingDayQueryVariables>;
export const CouncilMembersDocument = new TypedDocumentString(`
    query CouncilMembers($slug: String!) {
  council(slug: $slug) {
    id
    name
    slug
    charter {
      quorum
    }
    colleges {
      college
      members {
        accountId
        displayName
        role
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CouncilMembersQuery, CouncilMembersQueryVariables>;
export const OpenMeetingDocument = new TypedDocumentString(`
    mutation OpenMeeting($id: ID!) {
  openMeeting(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<OpenMeetingMutation, OpenMeetingMutationVariables>;
export const CloseMeetingDocument = new TypedDocumentString(`
    mutation CloseMeeting($id: ID!) {
  closeMeeting(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CloseMeetingMutation, CloseMeetingMutationVariables>;
export const RecordAttendanceDocument = new TypedDocumentString(`
    mutation RecordAttendance($input: RecordAttendanceInput!) {
  recordAttendance(input: $input) {
    id
    quorum {
      present
      represented
      required
      reached
    }
  }
}
    `) as unknown as TypedDocumentString<RecordAttendanceMutation, RecordAttendanceMutationVariables>;
export const OpenBallotDocument = new TypedDocumentString(`
    mutation OpenBallot($input: OpenBallotInput!) {
  openBallot(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<OpenBallotMutation, OpenBallotMutationVariables>;
export const CastVoteDocument = new TypedDocumentString(`
    mutation CastVote($input: CastVoteInput!) {
  castVote(input: $input) {
    id
    votesCast
  }
}
    `) as unknown as TypedDocumentString<CastVoteMutation, CastVoteMutationVariables>;
export const CloseBallotDocument = new TypedDocumentString(`
    mutation CloseBallot($id: ID!) {
  closeBallot(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CloseBallotMutation, CloseBallotMutationVariables>;
export const BallotUpdatedDocument = new TypedDocumentString(`
    subscription BallotUpdated($meetingId: ID!) {
  ballotUpdated(meetingId: $meetingId) {
    id
    status
    votesCast
  }
}
    `) as unknown as TypedDocumentString<BallotUpdatedSubscription, BallotUpdatedSubscriptionVariables>;
export const AdminCouncilDocument = new TypedDocumentString(`
    query AdminCouncil($slug: String!) {
  council(slug: $slug) {
    id
    name
    slug
    neighbourhood
    perimeterDescription
    charter {
      version
      changedAt
      supportThreshold
      supportWindowDays
      responseDeadlineDays
      convocationNoticeDays
      minutesPublicationDays
      oppositionAgendaQuota
      termYears
      quorum
      residentCoChairRequired
      seats {
        residents
        associations
        electedMajority
        electedOpposition
      }
    }
    colleges {
      college
      seats
      members {
        id
        accountId
        displayName
        role
        politicalGroup
        termStart
        termEnd
        drawnByLot
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminCouncilQuery, AdminCouncilQueryVariables>;
export const CharterHistoryDocument = new TypedDocumentString(`
    query CharterHistory($councilId: String!) {
  auditLog(
    first: 50
    filter: {objectType: "council", objectId: $councilId, action: "council.charter-updated"}
  ) {
    edges {
      node {
        id
        occurredAt
        before
        after
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CharterHistoryQuery, CharterHistoryQueryVariables>;
export const CreateCouncilDocument = new TypedDocumentString(`
    mutation CreateCouncil($input: CreateCouncilInput!) {
  createCouncil(input: $input) {
    id
    slug
  }
}
    `) as unknown as TypedDocumentString<CreateCouncilMutation, CreateCouncilMutationVariables>;
export const UpdateCharterDocument = new TypedDocumentString(`
    mutation UpdateCharter($input: UpdateCouncilCharterInput!) {
  updateCouncilCharter(input: $input) {
    id
    charter {
      version
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateCharterMutation, UpdateCharterMutationVariables>;
export const AddCouncilMemberDocument = new TypedDocumentString(`
    mutation AddCouncilMember($input: AddCouncilMemberInput!) {
  addCouncilMember(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddCouncilMemberMutation, AddCouncilMemberMutationVariables>;
export const EndMembershipDocument = new TypedDocumentString(`
    mutation EndMembership($input: EndMembershipInput!) {
  endMembership(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<EndMembershipMutation, EndMembershipMutationVariables>;
export const AnnounceSortitionDocument = new TypedDocumentString(`
    mutation AnnounceSortition($input: AnnounceSortitionInput!) {
  announceSortition(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AnnounceSortitionMutation, AnnounceSortitionMutationVariables>;
export const RunSortitionDocument = new TypedDocumentString(`
    mutation RunSortition($input: RunSortitionInput!) {
  runSortition(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RunSortitionMutation, RunSortitionMutationVariables>;
export const SearchAccountsDocument = new TypedDocumentString(`
    query SearchAccounts($query: String!) {
  searchAccounts(query: $query, first: 20) {
    totalCount
    edges {
      node {
        id
        displayName
        email
        role
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchAccountsQuery, SearchAccountsQueryVariables>;
export const SetAccountRoleDocument = new TypedDocumentString(`
    mutation SetAccountRole($input: SetAccountRoleInput!) {
  setAccountRole(input: $input) {
    id
    role
  }
}
    `) as unknown as TypedDocumentString<SetAccountRoleMutation, SetAccountRoleMutationVariables>;
export const QueueHealthDocument = new TypedDocumentString(`
    query QueueHealth {
  queueMetrics {
    name
    waiting
    active
    delayed
    completed
    failed
  }
  failedJobs(first: 20) {
    jobId
    jobName
    attempts
    failedAt
    error
  }
}
    `) as unknown as TypedDocumentString<QueueHealthQuery, QueueHealthQueryVariables>;
export const StaffAccountsDocument = new TypedDocumentString(`
    query StaffAccounts {
  staffAccounts(first: 100) {
    totalCount
    edges {
      node {
        id
        displayName
        email
        role
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StaffAccountsQuery, StaffAccountsQueryVariables>;
export const CouncilCreatedDocument = new TypedDocumentString(`
    query CouncilCreated($slug: String!) {
  council(slug: $slug) {
    id
    name
    neighbourhood
    perimeterDescription
    createdAt
  }
}
    `) as unknown as TypedDocumentString<CouncilCreatedQuery, CouncilCreatedQueryVariables>;
export const WorksListDocument = new TypedDocumentString(`
    query WorksList($scope: WorksScope) {
  worksProjects(scope: $scope) {
    id
    title
    address
    startsOn
    endsOn
    phase
    detourVersion
    councils {
      id
      name
    }
    detours {
      version
      accessible
    }
  }
}
    `) as unknown as TypedDocumentString<WorksListQuery, WorksListQueryVariables>;
export const WorksPageDocument = new TypedDocumentString(`
    query WorksPage($id: ID!) {
  worksProject(id: $id) {
    id
    title
    description
    address
    geometry
    startsOn
    endsOn
    assessmentDueOn
    phase
    detourVersion
    viewerFollows
    viewerAssessmentRequests {
      associationId
    }
    councils {
      id
      name
      slug
    }
    detours {
      id
      version
      description
      accessible
      reason
      createdAt
    }
    reports {
      id
      detourVersion
      problem
      place
      description
      createdAt
      answer
      answeredAt
    }
    assessmentRequests {
      associationId
      associationName
      assessed
    }
    assessments {
      id
      associationName
      detourVersion
      opinion
      comment
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<WorksPageQuery, WorksPageQueryVariables>;
export const PostWorksDocument = new TypedDocumentString(`
    mutation PostWorks($input: PostWorksInput!) {
  postWorks(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PostWorksMutation, PostWorksMutationVariables>;
export const ChangeDetourDocument = new TypedDocumentString(`
    mutation ChangeDetour($input: ChangeDetourInput!) {
  changeDetour(input: $input) {
    id
    detourVersion
  }
}
    `) as unknown as TypedDocumentString<ChangeDetourMutation, ChangeDetourMutationVariables>;
export const ReportDetourDocument = new TypedDocumentString(`
    mutation ReportDetour($input: ReportDetourProblemInput!) {
  reportDetourProblem(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReportDetourMutation, ReportDetourMutationVariables>;
export const AnswerDetourReportDocument = new TypedDocumentString(`
    mutation AnswerDetourReport($input: AnswerDetourReportInput!) {
  answerDetourReport(input: $input) {
    id
    answer
  }
}
    `) as unknown as TypedDocumentString<AnswerDetourReportMutation, AnswerDetourReportMutationVariables>;
export const FollowWorksDocument = new TypedDocumentString(`
    mutation FollowWorks($id: ID!) {
  followWorks(id: $id) {
    id
    viewerFollows
  }
}
    `) as unknown as TypedDocumentString<FollowWorksMutation, FollowWorksMutationVariables>;
export const UnfollowWorksDocument = new TypedDocumentString(`
    mutation UnfollowWorks($id: ID!) {
  unfollowWorks(id: $id) {
    id
    viewerFollows
  }
}
    `) as unknown as TypedDocumentString<UnfollowWorksMutation, UnfollowWorksMutationVariables>;
export const WorksCouncilsDocument = new TypedDocumentString(`
    query WorksCouncils {
  councils(first: 100) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WorksCouncilsQuery, WorksCouncilsQueryVariables>;
export const WorksToAssessDocument = new TypedDocumentString(`
    query WorksToAssess($id: ID!) {
  worksProject(id: $id) {
    id
    title
    address
    startsOn
    endsOn
    assessmentDueOn
    detourVersion
    detours {
      id
      version
      description
      accessible
    }
    viewerAssessmentRequests {
      associationId
      associationName
    }
    assessments {
      id
      associationName
      opinion
      comment
    }
  }
}
    `) as unknown as TypedDocumentString<WorksToAssessQuery, WorksToAssessQueryVariables>;
export const AssessWorksDocument = new TypedDocumentString(`
    mutation AssessWorks($input: AssessWorksInput!) {
  assessWorks(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AssessWorksMutation, AssessWorksMutationVariables>;
export const UpdateWorksDocument = new TypedDocumentString(`
    mutation UpdateWorks($input: UpdateWorksInput!) {
  updateWorks(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateWorksMutation, UpdateWorksMutationVariables>;
export const PlacesDocument = new TypedDocumentString(`
    query Places($councilId: ID) {
  places(councilId: $councilId) {
    id
    name
    kind
    address
    councilId
    councilName
    entrance
    toilets
    hearingLoop
    parking
    overall
    checkedOn
    plannedWorks
    plannedWorksOn
    openReports
    warning
  }
}
    `) as unknown as TypedDocumentString<PlacesQuery, PlacesQueryVariables>;
export const PlacesProgressDocument = new TypedDocumentString(`
    query PlacesProgress {
  placesProgress {
    termEndsOn
    today {
      accessible
      notAccessible
      unknown
    }
    byKind {
      key
      label
      accessible
      notAccessible
      unknown
    }
    byCouncil {
      key
      label
      accessible
      notAccessible
      unknown
    }
    series {
      month
      day
      accessible
      notAccessible
      unknown
    }
  }
}
    `) as unknown as TypedDocumentString<PlacesProgressQuery, PlacesProgressQueryVariables>;
export const PlaceDocument = new TypedDocumentString(`
    query Place($id: ID!) {
  place(id: $id) {
    id
    name
    kind
    address
    councilId
    councilName
    entrance
    toilets
    hearingLoop
    parking
    overall
    evidence
    checkedOn
    plannedWorks
    plannedWorksOn
    openReports
    warning
    checks {
      id
      checkedOn
      entrance
      toilets
      hearingLoop
      parking
      overall
      evidence
    }
    reports {
      id
      body
      createdAt
      answer
      answeredAt
    }
  }
}
    `) as unknown as TypedDocumentString<PlaceQuery, PlaceQueryVariables>;
export const CreatePlaceDocument = new TypedDocumentString(`
    mutation CreatePlace($input: PlaceInput!) {
  createPlace(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreatePlaceMutation, CreatePlaceMutationVariables>;
export const UpdatePlaceDocument = new TypedDocumentString(`
    mutation UpdatePlace($input: UpdatePlaceInput!) {
  updatePlace(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdatePlaceMutation, UpdatePlaceMutationVariables>;
export const ReportPlaceProblemDocument = new TypedDocumentString(`
    mutation ReportPlaceProblem($input: ReportPlaceProblemInput!) {
  reportPlaceProblem(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReportPlaceProblemMutation, ReportPlaceProblemMutationVariables>;
export const AnswerPlaceReportDocument = new TypedDocumentString(`
    mutation AnswerPlaceReport($input: AnswerPlaceReportInput!) {
  answerPlaceReport(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AnswerPlaceReportMutation, AnswerPlaceReportMutationVariables>;
export const MeetingRegisteredPlaceDocument = new TypedDocumentString(`
    query MeetingRegisteredPlace($id: ID!) {
  meeting(id: $id) {
    id
    registeredPlace {
      id
      name
      overall
      notAccessible
      warning
    }
  }
}
    `) as unknown as TypedDocumentString<MeetingRegisteredPlaceQuery, MeetingRegisteredPlaceQueryVariables>;
export const SolidarityPageDocument = new TypedDocumentString(`
    query SolidarityPage($council: String, $association: ID, $first: Int, $after: String) {
  solidarityEntries(
    council: $council
    association: $association
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        title
        description
        audience
        address
        hours
        access
        accessibility
        languages
        cost
        contact
        soliguideUrl
        runBy
        councilName
        lastCheckedOn
        stale
        viewerCanEdit
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SolidarityPageQuery, SolidarityPageQueryVariables>;
export const SolidarityEntryDocument = new TypedDocumentString(`
    query SolidarityEntry($id: ID!) {
  solidarityEntry(id: $id) {
    id
    title
    description
    audience
    address
    hours
    access
    accessibility
    languages
    cost
    contact
    soliguideUrl
    associationId
    associationName
    operatorName
    runBy
    councilId
    councilName
    status
    lastCheckedOn
    checkDueOn
    stale
    viewerCanEdit
  }
}
    `) as unknown as TypedDocumentString<SolidarityEntryQuery, SolidarityEntryQueryVariables>;
export const EditableSolidarityEntriesDocument = new TypedDocumentString(`
    query EditableSolidarityEntries($after: String) {
  editableSolidarityEntries(after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        title
        runBy
        councilName
        status
        lastCheckedOn
        stale
      }
    }
  }
  myAssociations {
    id
    name
    status
  }
}
    `) as unknown as TypedDocumentString<EditableSolidarityEntriesQuery, EditableSolidarityEntriesQueryVariables>;
export const CreateSolidarityEntryDocument = new TypedDocumentString(`
    mutation CreateSolidarityEntry($input: CreateSolidarityEntryInput!) {
  createSolidarityEntry(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateSolidarityEntryMutation, CreateSolidarityEntryMutationVariables>;
export const UpdateSolidarityEntryDocument = new TypedDocumentString(`
    mutation UpdateSolidarityEntry($input: UpdateSolidarityEntryInput!) {
  updateSolidarityEntry(input: $input) {
    id
    lastCheckedOn
  }
}
    `) as unknown as TypedDocumentString<UpdateSolidarityEntryMutation, UpdateSolidarityEntryMutationVariables>;
export const ConfirmSolidarityEntryDocument = new TypedDocumentString(`
    mutation ConfirmSolidarityEntry($entryId: ID!) {
  confirmSolidarityEntry(entryId: $entryId) {
    id
    lastCheckedOn
  }
}
    `) as unknown as TypedDocumentString<ConfirmSolidarityEntryMutation, ConfirmSolidarityEntryMutationVariables>;
export const SetSolidarityEntryStatusDocument = new TypedDocumentString(`
    mutation SetSolidarityEntryStatus($input: SolidarityEntryStatusInput!) {
  setSolidarityEntryStatus(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<SetSolidarityEntryStatusMutation, SetSolidarityEntryStatusMutationVariables>;
export const ImportSolidarityEntriesDocument = new TypedDocumentString(`
    mutation ImportSolidarityEntries($input: ImportSolidarityEntriesInput!) {
  importSolidarityEntries(input: $input) {
    imported
    rejected {
      line
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<ImportSolidarityEntriesMutation, ImportSolidarityEntriesMutationVariables>;
export const AssociationsDocument = new TypedDocumentString(`
    query Associations($after: String) {
  associations(after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        name
        description
        fields
        website
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AssociationsQuery, AssociationsQueryVariables>;
export const AssociationDocument = new TypedDocumentString(`
    query Association($id: ID!) {
  association(id: $id) {
    id
    name
    description
    fields
    contactEmail
    contactPhone
    website
    status
    viewerIsMember
    members {
      accountId
      displayName
    }
    seats {
      councilSlug
      councilName
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<AssociationQuery, AssociationQueryVariables>;
export const AssociationManageDocument = new TypedDocumentString(`
    query AssociationManage($id: ID!) {
  association(id: $id) {
    id
    name
    description
    fields
    contactEmail
    contactPhone
    website
    status
    statusReason
    viewerIsMember
    members {
      accountId
      displayName
      since
    }
    seats {
      councilSlug
      councilName
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<AssociationManageQuery, AssociationManageQueryVariables>;
export const MyAssociationsDocument = new TypedDocumentString(`
    query MyAssociations {
  myAssociations {
    id
    name
    status
    fields
  }
}
    `) as unknown as TypedDocumentString<MyAssociationsQuery, MyAssociationsQueryVariables>;
export const AgentAssociationsDocument = new TypedDocumentString(`
    query AgentAssociations($status: AssociationStatus, $after: String) {
  associations(status: $status, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        name
        description
        fields
        contactEmail
        status
        statusReason
        createdAt
        members {
          accountId
          displayName
        }
        seats {
          councilName
          displayName
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AgentAssociationsQuery, AgentAssociationsQueryVariables>;
export const ProposeAssociationDocument = new TypedDocumentString(`
    mutation ProposeAssociation($input: AssociationInput!) {
  proposeAssociation(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ProposeAssociationMutation, ProposeAssociationMutationVariables>;
export const UpdateAssociationDocument = new TypedDocumentString(`
    mutation UpdateAssociation($input: UpdateAssociationInput!) {
  updateAssociation(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateAssociationMutation, UpdateAssociationMutationVariables>;
export const AddAssociationMemberByEmailDocument = new TypedDocumentString(`
    mutation AddAssociationMemberByEmail($input: AssociationMemberByEmailInput!) {
  addAssociationMemberByEmail(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddAssociationMemberByEmailMutation, AddAssociationMemberByEmailMutationVariables>;
export const RemoveAssociationMemberDocument = new TypedDocumentString(`
    mutation RemoveAssociationMember($input: AssociationMemberInput!) {
  removeAssociationMember(input: $input) {
    id
    viewerIsMember
  }
}
    `) as unknown as TypedDocumentString<RemoveAssociationMemberMutation, RemoveAssociationMemberMutationVariables>;
export const DecideOnAssociationDocument = new TypedDocumentString(`
    mutation DecideOnAssociation($input: DecideOnAssociationInput!) {
  decideOnAssociation(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<DecideOnAssociationMutation, DecideOnAssociationMutationVariables>;
export const SeatAssociationInCouncilDocument = new TypedDocumentString(`
    mutation SeatAssociationInCouncil($input: SeatAssociationInput!) {
  seatAssociationInCouncil(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SeatAssociationInCouncilMutation, SeatAssociationInCouncilMutationVariables>;
export const HideDetourReportDocument = new TypedDocumentString(`
    mutation HideDetourReport($input: HideDetourReportInput!) {
  hideDetourReport(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<HideDetourReportMutation, HideDetourReportMutationVariables>;
export const HidePlaceReportDocument = new TypedDocumentString(`
    mutation HidePlaceReport($input: HidePlaceReportInput!) {
  hidePlaceReport(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<HidePlaceReportMutation, HidePlaceReportMutationVariables>;