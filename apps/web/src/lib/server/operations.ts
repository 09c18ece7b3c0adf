// Every GraphQL document the site sends. `npm run web:codegen` types them into src/lib/gql.
import { graphql } from '$lib/gql';

export const ProposalCard = graphql(`
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
`);

export const MeDocument = graphql(`
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
`);

export const LoginDocument = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      accessToken
      accessTokenExpiresAt
      refreshToken
    }
  }
`);

export const RefreshDocument = graphql(`
  mutation Refresh($refreshToken: String!) {
    refreshToken(refreshToken: $refreshToken) {
      accessToken
      accessTokenExpiresAt
      refreshToken
    }
  }
`);

export const LogoutDocument = graphql(`
  mutation Logout {
    logout
  }
`);

export const RegisterDocument = graphql(`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      ok
      message
    }
  }
`);

export const VerifyEmailDocument = graphql(`
  mutation VerifyEmail($token: String!) {
    verifyEmail(token: $token)
  }
`);

export const RequestPasswordResetDocument = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email) {
      ok
      message
    }
  }
`);

export const ResetPasswordDocument = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input)
  }
`);

export const ClaimResidencyDocument = graphql(`
  mutation ClaimResidency($input: ClaimResidencyInput!) {
    claimResidency(input: $input) {
      residency {
        neighbourhood
      }
    }
  }
`);

export const HomeDocument = graphql(`
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
`);

export const ProposalsDocument = graphql(`
  query Proposals(
    $first: Int
    $after: String
    $search: String
    $status: ProposalStatus
    $category: ProposalCategory
    $councilId: ID
    $orderBy: ProposalOrder
  ) {
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
`);

export const ProposalDocument = graphql(`
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
`);

export const SupportDocument = graphql(`
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
`);

export const WithdrawSupportDocument = graphql(`
  mutation WithdrawSupport($id: ID!) {
    withdrawSupport(id: $id) {
      wasSupporting
    }
  }
`);

export const FollowProposalDocument = graphql(`
  mutation FollowProposal($id: ID!) {
    followProposal(id: $id) {
      following
    }
  }
`);

export const UnfollowProposalDocument = graphql(`
  mutation UnfollowProposal($id: ID!) {
    unfollowProposal(id: $id) {
      following
    }
  }
`);

export const CommentDocument = graphql(`
  mutation Comment($input: CommentOnProposalInput!) {
    commentOnProposal(input: $input) {
      id
    }
  }
`);

export const SimilarProposalsDocument = graphql(`
  query SimilarProposals($title: String!, $councilId: ID) {
    similarProposals(title: $title, councilId: $councilId) {
      id
      title
      status
    }
  }
`);

export const SubmitProposalDocument = graphql(`
  mutation SubmitProposal($input: SubmitProposalInput!) {
    submitProposal(input: $input) {
      id
      status
    }
  }
`);

export const PublishProposalDocument = graphql(`
  mutation PublishProposal($id: ID!) {
    publishProposal(id: $id) {
      id
      status
    }
  }
`);

export const CouncilsDocument = graphql(`
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
`);

export const CouncilDocument = graphql(`
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
`);

export const FollowCouncilDocument = graphql(`
  mutation FollowCouncil($id: ID!) {
    followCouncil(councilId: $id) {
      __typename
    }
  }
`);

export const UnfollowCouncilDocument = graphql(`
  mutation UnfollowCouncil($id: ID!) {
    unfollowCouncil(councilId: $id) {
      __typename
    }
  }
`);

export const MeetingsDocument = graphql(`
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
`);

export const MeetingDocument = graphql(`
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
`);

export const InboxDocument = graphql(`
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
`);

export const MarkReadDocument = graphql(`
  mutation MarkRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input)
  }
`);

export const ExportDocument = graphql(`
  query Export {
    exportMyData
  }
`);

export const DeleteAccountDocument = graphql(`
  mutation DeleteAccount($password: String!) {
    deleteMyAccount(password: $password)
  }
`);

export const UpdatePreferencesDocument = graphql(`
  mutation UpdatePreferences($input: UpdateNotificationPreferencesInput!) {
    updateNotificationPreferences(input: $input) {
      event
      mode
    }
  }
`);

export const NotificationAddedDocument = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      id
      title
      link
    }
  }
`);

// --- s16-account: comments a page at a time, editing and reporting, the account's lists ---

export const ProposalCommentsDocument = graphql(`
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
`);

export const EditCommentDocument = graphql(`
  mutation EditComment($input: EditCommentInput!) {
    editComment(input: $input) {
      id
      editedAt
    }
  }
`);

export const ReportContentDocument = graphql(`
  mutation ReportContent($input: ReportContentInput!) {
    reportContent(input: $input)
  }
`);

export const MyProposalsDocument = graphql(`
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
`);

// s16-meetings: a meeting's whole public record (ballots, roll calls, minutes and their hashes).
export const MeetingRecordDocument = graphql(`
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
`);

// s16-meetings: a council's draws by lot, with what anyone needs to recompute them.
export const SortitionsDocument = graphql(`
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
`);

// s17-minutes: the secretary's minutes of a held meeting, every version with its text.
export const MeetingMinutesDocument = graphql(`
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
`);

// s17-minutes: who may write a council's minutes (its secretary and chair) and its meetings to come.
export const CouncilOfficesDocument = graphql(`
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
`);

export const DraftMinutesDocument = graphql(`
  mutation DraftMinutes($input: DraftMinutesInput!) {
    draftMinutes(input: $input) {
      id
      version
    }
  }
`);

export const SubmitMinutesDocument = graphql(`
  mutation SubmitMinutes($id: ID!) {
    submitMinutes(id: $id) {
      id
      status
    }
  }
`);

export const PublishMinutesDocument = graphql(`
  mutation PublishMinutes($id: ID!) {
    publishMinutes(id: $id) {
      id
      meetingId
      version
      contentHash
    }
  }
`);

export const AddMinutesToAgendaDocument = graphql(`
  mutation AddMinutesToAgenda($input: AddAgendaItemInput!) {
    addAgendaItem(input: $input) {
      id
    }
  }
`);

// s17-minutes: what the town hall owes (public), for the agents' pages and the public page.
export const AccountabilityDocument = graphql(`
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
`);

export const DelayStatsFields = graphql(`
  fragment DelayStatsFields on DelayStats {
    count
    overdue
    averageDays
    worstDays
  }
`);

export const OwedAnswerFields = graphql(`
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
`);

export const OwedMinutesFields = graphql(`
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
`);

// s17-minutes: an adopted proposal the town hall answers, then carries out.
export const ProposalToAnswerDocument = graphql(`
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
`);

export const AnsweredProposalsDocument = graphql(`
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
`);

export const AnswerProposalDocument = graphql(`
  mutation AnswerProposal($input: AnswerProposalInput!) {
    answerProposal(input: $input) {
      id
      status
    }
  }
`);

export const MarkImplementedDocument = graphql(`
  mutation MarkImplemented($id: ID!) {
    markProposalImplemented(id: $id) {
      id
      status
    }
  }
`);

// Council members' preparation pages (/mon-conseil): the councils someone sits on are found in
// the public members' lists (the API has no "my memberships" query; the site only hides links).
export const MyCouncilsDocument = graphql(`
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
`);

export const CouncilMeetingsDocument = graphql(`
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
`);

export const ConvocationsDocument = graphql(`
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
`);

export const PrepMeetingDocument = graphql(`
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
`);

export const QualifiedProposalsDocument = graphql(`
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
`);

export const ScheduleMeetingDocument = graphql(`
  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {
    scheduleMeeting(input: $input) {
      id
    }
  }
`);

export const AddAgendaItemDocument = graphql(`
  mutation AddAgendaItem($input: AddAgendaItemInput!) {
    addAgendaItem(input: $input) {
      id
    }
  }
`);

export const RemoveAgendaItemDocument = graphql(`
  mutation RemoveAgendaItem($id: ID!) {
    removeAgendaItem(id: $id) {
      id
    }
  }
`);

export const ReorderAgendaDocument = graphql(`
  mutation ReorderAgenda($input: ReorderAgendaInput!) {
    reorderAgenda(input: $input) {
      id
    }
  }
`);

export const ConvokeMeetingDocument = graphql(`
  mutation ConvokeMeeting($id: ID!) {
    convokeMeeting(id: $id) {
      id
      status
    }
  }
`);

export const CancelMeetingDocument = graphql(`
  mutation CancelMeeting($input: CancelMeetingInput!) {
    cancelMeeting(input: $input) {
      id
      status
    }
  }
`);

export const StatementFields = graphql(`
  fragment StatementFields on OppositionStatement {
    id
    authorId
    authorName
    politicalGroup
    body
    bodyHtml
    updatedAt
  }
`);

export const StatementTargetsDocument = graphql(`
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
`);

export const AddStatementDocument = graphql(`
  mutation AddStatement($input: AddOppositionStatementInput!) {
    addOppositionStatement(input: $input) {
      id
    }
  }
`);

export const UpdateStatementDocument = graphql(`
  mutation UpdateStatement($input: UpdateOppositionStatementInput!) {
    updateOppositionStatement(input: $input) {
      id
    }
  }
`);

// The town hall's pages (/mairie, /mairie/habitants, /mairie/moderation).

export const TownHallDashboardDocument = graphql(`
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
`);

export const ResidentsPageDocument = graphql(`
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
    verified: auditLog(first: 20, filter: { action: "resident.verified" }) {
      ...VerificationEvents
    }
    claimed: auditLog(first: 20, filter: { action: "resident.census-claimed" }) {
      ...VerificationEvents
    }
    imports: auditLog(first: 10, filter: { action: "census.imported" }) {
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
  }
`);

export const VerifyResidentDocument = graphql(`
  mutation VerifyResident($input: VerifyResidentInput!) {
    verifyResident(input: $input) {
      id
      displayName
      residency {
        neighbourhood
      }
    }
  }
`);

export const ImportCensusDocument = graphql(`
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
`);

export const ModerationPageDocument = graphql(`
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
    hides: auditLog(first: 50, filter: { action: "content.hidden" }) {
      ...ModerationEvents
    }
    restores: auditLog(first: 50, filter: { action: "content.restored" }) {
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
  }
`);

export const ModerateContentDocument = graphql(`
  mutation ModerateContent($input: ModerateContentInput!) {
    moderateContent(input: $input) {
      targetType
      targetId
      hidden
      hiddenReason
    }
  }
`);

// s17-day: the meeting day (/seances/:id/direct) and its projector view.
export const MeetingDayDocument = graphql(`
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
`);

export const CouncilMembersDocument = graphql(`
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
`);

export const OpenMeetingDocument = graphql(`
  mutation OpenMeeting($id: ID!) {
    openMeeting(id: $id) {
      id
      status
    }
  }
`);

export const CloseMeetingDocument = graphql(`
  mutation CloseMeeting($id: ID!) {
    closeMeeting(id: $id) {
      id
      status
    }
  }
`);

export const RecordAttendanceDocument = graphql(`
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
`);

export const OpenBallotDocument = graphql(`
  mutation OpenBallot($input: OpenBallotInput!) {
    openBallot(input: $input) {
      id
      status
    }
  }
`);

export const CastVoteDocument = graphql(`
  mutation CastVote($input: CastVoteInput!) {
    castVote(input: $input) {
      id
      votesCast
    }
  }
`);

export const CloseBallotDocument = graphql(`
  mutation CloseBallot($id: ID!) {
    closeBallot(id: $id) {
      id
      status
    }
  }
`);

export const BallotUpdatedDocument = graphql(`
  subscription BallotUpdated($meetingId: ID!) {
    ballotUpdated(meetingId: $meetingId) {
      id
      status
      votesCast
    }
  }
`);

// s17-councils: the town hall's councils (create, charter, memberships, draws by lot).
export const AdminCouncilDocument = graphql(`
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
`);

export const CharterHistoryDocument = graphql(`
  query CharterHistory($councilId: String!) {
    auditLog(
      first: 50
      filter: { objectType: "council", objectId: $councilId, action: "council.charter-updated" }
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
`);

export const CreateCouncilDocument = graphql(`
  mutation CreateCouncil($input: CreateCouncilInput!) {
    createCouncil(input: $input) {
      id
      slug
    }
  }
`);

export const UpdateCharterDocument = graphql(`
  mutation UpdateCharter($input: UpdateCouncilCharterInput!) {
    updateCouncilCharter(input: $input) {
      id
      charter {
        version
      }
    }
  }
`);

export const AddCouncilMemberDocument = graphql(`
  mutation AddCouncilMember($input: AddCouncilMemberInput!) {
    addCouncilMember(input: $input) {
      id
    }
  }
`);

export const EndMembershipDocument = graphql(`
  mutation EndMembership($input: EndMembershipInput!) {
    endMembership(input: $input) {
      id
    }
  }
`);

export const AnnounceSortitionDocument = graphql(`
  mutation AnnounceSortition($input: AnnounceSortitionInput!) {
    announceSortition(input: $input) {
      id
    }
  }
`);

export const RunSortitionDocument = graphql(`
  mutation RunSortition($input: RunSortitionInput!) {
    runSortition(input: $input) {
      id
    }
  }
`);

// s17-councils: the admins' page (agents, the worker's queues).
export const SearchAccountsDocument = graphql(`
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
`);

export const SetAccountRoleDocument = graphql(`
  mutation SetAccountRole($input: SetAccountRoleInput!) {
    setAccountRole(input: $input) {
      id
      role
    }
  }
`);

export const QueueHealthDocument = graphql(`
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
`);

export const StaffAccountsDocument = graphql(`
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
`);

// r17-mairie: a council as created, to tell a double post of the creation form from a slug taken.
export const CouncilCreatedDocument = graphql(`
  query CouncilCreated($slug: String!) {
    council(slug: $slug) {
      id
      name
      neighbourhood
      perimeterDescription
      createdAt
    }
  }
`);

// s19-works: works projects, their detour (versions), reports answered in public (/travaux).
export const WorksListDocument = graphql(`
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
`);

export const WorksPageDocument = graphql(`
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
`);

export const PostWorksDocument = graphql(`
  mutation PostWorks($input: PostWorksInput!) {
    postWorks(input: $input) {
      id
    }
  }
`);

export const ChangeDetourDocument = graphql(`
  mutation ChangeDetour($input: ChangeDetourInput!) {
    changeDetour(input: $input) {
      id
      detourVersion
    }
  }
`);

export const ReportDetourDocument = graphql(`
  mutation ReportDetour($input: ReportDetourProblemInput!) {
    reportDetourProblem(input: $input) {
      id
    }
  }
`);

export const AnswerDetourReportDocument = graphql(`
  mutation AnswerDetourReport($input: AnswerDetourReportInput!) {
    answerDetourReport(input: $input) {
      id
      answer
    }
  }
`);

export const FollowWorksDocument = graphql(`
  mutation FollowWorks($id: ID!) {
    followWorks(id: $id) {
      id
      viewerFollows
    }
  }
`);

export const UnfollowWorksDocument = graphql(`
  mutation UnfollowWorks($id: ID!) {
    unfollowWorks(id: $id) {
      id
      viewerFollows
    }
  }
`);

export const WorksCouncilsDocument = graphql(`
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
`);

export const WorksToAssessDocument = graphql(`
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
`);

export const AssessWorksDocument = graphql(`
  mutation AssessWorks($input: AssessWorksInput!) {
    assessWorks(input: $input) {
      id
    }
  }
`);

export const UpdateWorksDocument = graphql(`
  mutation UpdateWorks($input: UpdateWorksInput!) {
    updateWorks(input: $input) {
      id
    }
  }
`);

// s19-places: the register of public places, its reports and progress; a meeting's place.
export const PlacesDocument = graphql(`
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
`);

export const PlacesProgressDocument = graphql(`
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
`);

export const PlaceDocument = graphql(`
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
`);

export const CreatePlaceDocument = graphql(`
  mutation CreatePlace($input: PlaceInput!) {
    createPlace(input: $input) {
      id
    }
  }
`);

export const UpdatePlaceDocument = graphql(`
  mutation UpdatePlace($input: UpdatePlaceInput!) {
    updatePlace(input: $input) {
      id
    }
  }
`);

export const ReportPlaceProblemDocument = graphql(`
  mutation ReportPlaceProblem($input: ReportPlaceProblemInput!) {
    reportPlaceProblem(input: $input) {
      id
    }
  }
`);

export const AnswerPlaceReportDocument = graphql(`
  mutation AnswerPlaceReport($input: AnswerPlaceReportInput!) {
    answerPlaceReport(input: $input) {
      id
    }
  }
`);

export const MeetingRegisteredPlaceDocument = graphql(`
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
`);

// s19-partners: partner associations and the solidarity information page (issue 19).

export const SolidarityPageDocument = graphql(`
  query SolidarityPage($council: String, $association: ID, $first: Int, $after: String) {
    solidarityEntries(council: $council, association: $association, first: $first, after: $after) {
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
`);

export const SolidarityEntryDocument = graphql(`
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
`);

export const EditableSolidarityEntriesDocument = graphql(`
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
`);

export const CreateSolidarityEntryDocument = graphql(`
  mutation CreateSolidarityEntry($input: CreateSolidarityEntryInput!) {
    createSolidarityEntry(input: $input) {
      id
    }
  }
`);

export const UpdateSolidarityEntryDocument = graphql(`
  mutation UpdateSolidarityEntry($input: UpdateSolidarityEntryInput!) {
    updateSolidarityEntry(input: $input) {
      id
      lastCheckedOn
    }
  }
`);

export const ConfirmSolidarityEntryDocument = graphql(`
  mutation ConfirmSolidarityEntry($entryId: ID!) {
    confirmSolidarityEntry(entryId: $entryId) {
      id
      lastCheckedOn
    }
  }
`);

export const SetSolidarityEntryStatusDocument = graphql(`
  mutation SetSolidarityEntryStatus($input: SolidarityEntryStatusInput!) {
    setSolidarityEntryStatus(input: $input) {
      id
      status
    }
  }
`);

export const ImportSolidarityEntriesDocument = graphql(`
  mutation ImportSolidarityEntries($input: ImportSolidarityEntriesInput!) {
    importSolidarityEntries(input: $input) {
      imported
      rejected {
        line
        reason
      }
    }
  }
`);

export const AssociationsDocument = graphql(`
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
`);

export const AssociationDocument = graphql(`
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
`);

// s19-assoc-pages: the pages of association members and agents (issue 19).

export const AssociationManageDocument = graphql(`
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
`);

export const MyAssociationsDocument = graphql(`
  query MyAssociations {
    myAssociations {
      id
      name
      status
      fields
    }
  }
`);

export const AgentAssociationsDocument = graphql(`
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
`);

export const ProposeAssociationDocument = graphql(`
  mutation ProposeAssociation($input: AssociationInput!) {
    proposeAssociation(input: $input) {
      id
    }
  }
`);

export const UpdateAssociationDocument = graphql(`
  mutation UpdateAssociation($input: UpdateAssociationInput!) {
    updateAssociation(input: $input) {
      id
    }
  }
`);

export const AddAssociationMemberByEmailDocument = graphql(`
  mutation AddAssociationMemberByEmail($input: AssociationMemberByEmailInput!) {
    addAssociationMemberByEmail(input: $input) {
      id
    }
  }
`);

export const RemoveAssociationMemberDocument = graphql(`
  mutation RemoveAssociationMember($input: AssociationMemberInput!) {
    removeAssociationMember(input: $input) {
      id
      viewerIsMember
    }
  }
`);

export const DecideOnAssociationDocument = graphql(`
  mutation DecideOnAssociation($input: DecideOnAssociationInput!) {
    decideOnAssociation(input: $input) {
      id
      status
    }
  }
`);

export const SeatAssociationInCouncilDocument = graphql(`
  mutation SeatAssociationInCouncil($input: SeatAssociationInput!) {
    seatAssociationInCouncil(input: $input) {
      id
    }
  }
`);

// Moderation of residents' reports (issue 19, left over): an agent hides a report on a detour or
// on a place; it leaves every public read, the reason stays in the audit log.
export const HideDetourReportDocument = graphql(`
  mutation HideDetourReport($input: HideDetourReportInput!) {
    hideDetourReport(input: $input) {
      id
    }
  }
`);

export const HidePlaceReportDocument = graphql(`
  mutation HidePlaceReport($input: HidePlaceReportInput!) {
    hidePlaceReport(input: $input) {
      id
    }
  }
`);
