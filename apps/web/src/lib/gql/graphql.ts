/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Platform role of an account. */
export type AccountRole =
  | 'ADMIN'
  | 'AGENT'
  | 'RESIDENT';

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

/** E-mail: at once, in the daily digest, or not at all (in-app notifications stay). */
export type DeliveryMode =
  | 'DAILY_DIGEST'
  | 'IMMEDIATE'
  | 'OFF';

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

/** What a notification is about (SPEC §5). */
export type NotificationEvent =
  | 'BALLOT_CLOSED'
  | 'BALLOT_OPENED'
  | 'COMMENT_REPLIED'
  | 'MEETING_CANCELLED'
  | 'MEETING_CONVENED'
  | 'MEETING_REMINDER'
  | 'MINUTES_PUBLICATION_DUE'
  | 'MINUTES_PUBLISHED'
  | 'PROPOSAL_ANSWERED'
  | 'PROPOSAL_ANSWER_DUE'
  | 'PROPOSAL_DECIDED'
  | 'PROPOSAL_PLACED_ON_AGENDA'
  | 'PROPOSAL_PUBLISHED'
  | 'PROPOSAL_QUALIFIED';

/** Réponse officielle: acceptée, acceptée en partie, refusée. */
export type OfficialAnswer =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'PARTIALLY_ACCEPTED';

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

export type RegisterInput = {
  /** Public name shown with contributions, 2 to 50 characters. */
  displayName: string;
  email: string;
  /** Language of e-mails: fr (default) or en. */
  locale?: string | null | undefined;
  /** At least 12 characters, not a common password. */
  password: string;
};

export type ReportContentInput = {
  reason: string;
  targetId: string | number;
  targetType: ReportableType;
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

export type UpdateCouncilCharterInput = {
  charter: CharterInput;
  councilId: string | number;
};

export type UpdateNotificationPreferencesInput = {
  preferences: Array<PreferenceInput>;
};

/** Pour, contre, abstention. */
export type VoteChoice =
  | 'ABSTAIN'
  | 'AGAINST'
  | 'FOR';

export type ProposalCardFragment = { id: string, title: string, status: ProposalStatus, category: ProposalCategory, authorName: string, publishedAt: string | null, createdAt: string, expiresAt: string | null, supportCount: number, supportThreshold: number | null, council: { name: string, slug: string, neighbourhood: string, neighbourhoodKey: string } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, displayName: string, email: string, emailVerified: boolean, role: AccountRole, residency: { neighbourhood: string, method: ResidencyMethod } | null } };

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