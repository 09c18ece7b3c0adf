/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ProposalCard on Proposal {\n    id\n    title\n    status\n    category\n    authorName\n    publishedAt\n    createdAt\n    expiresAt\n    supportCount\n    supportThreshold\n    council {\n      name\n      slug\n      neighbourhood\n      neighbourhoodKey\n    }\n  }\n": typeof types.ProposalCardFragmentDoc,
    "\n  query Me {\n    me {\n      id\n      displayName\n      email\n      emailVerified\n      role\n      residency {\n        neighbourhood\n        method\n      }\n    }\n    mySeats {\n      councilId\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Refresh($refreshToken: String!) {\n    refreshToken(refreshToken: $refreshToken) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n    }\n  }\n": typeof types.RefreshDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      ok\n      message\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token)\n  }\n": typeof types.VerifyEmailDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email) {\n      ok\n      message\n    }\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation ClaimResidency($input: ClaimResidencyInput!) {\n    claimResidency(input: $input) {\n      residency {\n        neighbourhood\n      }\n    }\n  }\n": typeof types.ClaimResidencyDocument,
    "\n  query Home {\n    councils(first: 50) {\n      edges {\n        node {\n          id\n          name\n          slug\n          neighbourhood\n        }\n      }\n    }\n    latest: proposals(first: 5, orderBy: NEWEST) {\n      edges {\n        node {\n          ...ProposalCard\n        }\n      }\n    }\n    qualified: proposals(first: 5, status: QUALIFIED) {\n      edges {\n        node {\n          ...ProposalCard\n        }\n      }\n    }\n    adopted: proposals(first: 20, status: ADOPTED) {\n      edges {\n        node {\n          ...ProposalCard\n          answerOverdue\n          answerDeadline\n        }\n      }\n    }\n    meetings(first: 5, status: CONVENED) {\n      edges {\n        node {\n          id\n          startsAt\n          place\n          councilId\n        }\n      }\n    }\n  }\n": typeof types.HomeDocument,
    "\n  query Proposals(\n    $first: Int\n    $after: String\n    $search: String\n    $status: ProposalStatus\n    $category: ProposalCategory\n    $councilId: ID\n    $orderBy: ProposalOrder\n  ) {\n    proposals(\n      first: $first\n      after: $after\n      search: $search\n      status: $status\n      category: $category\n      councilId: $councilId\n      orderBy: $orderBy\n    ) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...ProposalCard\n        }\n      }\n    }\n    councils(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ProposalsDocument,
    "\n  query Proposal($id: ID!) {\n    proposal(id: $id) {\n      ...ProposalCard\n      authorId\n      bodyHtml\n      bodyMarkdown\n      address\n      qualifiedAt\n      decidedAt\n      answeredAt\n      implementedAt\n      answerDeadline\n      answerOverdue\n      answerJustification\n      hiddenReason\n      viewerSupports\n      viewerFollows\n      answer\n      oppositionStatements {\n        id\n        bodyHtml\n        authorName\n      }\n    }\n  }\n": typeof types.ProposalDocument,
    "\n  mutation Support($id: ID!) {\n    supportProposal(id: $id) {\n      alreadySupported\n      proposal {\n        id\n        status\n        supportCount\n      }\n    }\n  }\n": typeof types.SupportDocument,
    "\n  mutation WithdrawSupport($id: ID!) {\n    withdrawSupport(id: $id) {\n      wasSupporting\n    }\n  }\n": typeof types.WithdrawSupportDocument,
    "\n  mutation FollowProposal($id: ID!) {\n    followProposal(id: $id) {\n      following\n    }\n  }\n": typeof types.FollowProposalDocument,
    "\n  mutation UnfollowProposal($id: ID!) {\n    unfollowProposal(id: $id) {\n      following\n    }\n  }\n": typeof types.UnfollowProposalDocument,
    "\n  mutation Comment($input: CommentOnProposalInput!) {\n    commentOnProposal(input: $input) {\n      id\n    }\n  }\n": typeof types.CommentDocument,
    "\n  query SimilarProposals($title: String!, $councilId: ID) {\n    similarProposals(title: $title, councilId: $councilId) {\n      id\n      title\n      status\n    }\n  }\n": typeof types.SimilarProposalsDocument,
    "\n  mutation SubmitProposal($input: SubmitProposalInput!) {\n    submitProposal(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.SubmitProposalDocument,
    "\n  mutation PublishProposal($id: ID!) {\n    publishProposal(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.PublishProposalDocument,
    "\n  query Councils {\n    councils(first: 100) {\n      edges {\n        node {\n          id\n          name\n          slug\n          neighbourhood\n          neighbourhoodKey\n          perimeterDescription\n          followersCount\n        }\n      }\n    }\n  }\n": typeof types.CouncilsDocument,
    "\n  query Council($slug: String!) {\n    council(slug: $slug) {\n      id\n      name\n      slug\n      neighbourhood\n      perimeterDescription\n      followersCount\n      viewerFollows\n      charter {\n        supportThreshold\n        supportWindowDays\n        responseDeadlineDays\n        convocationNoticeDays\n        minutesPublicationDays\n        oppositionAgendaQuota\n        termYears\n        quorum\n      }\n      colleges {\n        college\n        seats\n        members {\n          id\n          displayName\n          role\n          termStart\n          termEnd\n          drawnByLot\n        }\n      }\n    }\n  }\n": typeof types.CouncilDocument,
    "\n  mutation FollowCouncil($id: ID!) {\n    followCouncil(councilId: $id) {\n      __typename\n    }\n  }\n": typeof types.FollowCouncilDocument,
    "\n  mutation UnfollowCouncil($id: ID!) {\n    unfollowCouncil(councilId: $id) {\n      __typename\n    }\n  }\n": typeof types.UnfollowCouncilDocument,
    "\n  query Meetings($after: String, $councilId: ID) {\n    meetings(first: 20, after: $after, councilId: $councilId) {\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          startsAt\n          place\n          status\n          accessible\n          councilId\n        }\n      }\n    }\n  }\n": typeof types.MeetingsDocument,
    "\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      id\n      startsAt\n      place\n      status\n      accessible\n      accessibilityDetails\n      isPublic\n      cancelReason\n      councilId\n      agenda {\n        id\n        position\n        title\n        descriptionHtml\n        kind\n        proposalId\n      }\n    }\n  }\n": typeof types.MeetingDocument,
    "\n  query Inbox {\n    notificationPreferences {\n      event\n      label\n      mode\n    }\n    notifications(first: 50) {\n      edges {\n        node {\n          id\n          title\n          body\n          link\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n": typeof types.InboxDocument,
    "\n  mutation MarkRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n": typeof types.MarkReadDocument,
    "\n  query Export {\n    exportMyData\n  }\n": typeof types.ExportDocument,
    "\n  mutation DeleteAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n": typeof types.DeleteAccountDocument,
    "\n  mutation UpdatePreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      event\n      mode\n    }\n  }\n": typeof types.UpdatePreferencesDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      title\n      link\n    }\n  }\n": typeof types.NotificationAddedDocument,
    "\n  query ProposalComments($id: ID!, $after: String) {\n    proposal(id: $id) {\n      id\n      commentPage(first: 50, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            parentId\n            authorId\n            authorName\n            bodyHtml\n            bodyMarkdown\n            createdAt\n            editedAt\n            hiddenReason\n          }\n        }\n      }\n    }\n  }\n": typeof types.ProposalCommentsDocument,
    "\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      id\n      editedAt\n    }\n  }\n": typeof types.EditCommentDocument,
    "\n  mutation ReportContent($input: ReportContentInput!) {\n    reportContent(input: $input)\n  }\n": typeof types.ReportContentDocument,
    "\n  query MyProposals($authorId: ID!, $supportedAfter: String, $authoredAfter: String) {\n    authored: proposals(authorId: $authorId, first: 10, after: $authoredAfter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          supportCount\n        }\n      }\n    }\n    supported: proposals(supportedByMe: true, first: 10, after: $supportedAfter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          supportCount\n        }\n      }\n    }\n  }\n": typeof types.MyProposalsDocument,
    "\n  query MeetingRecord($id: ID!) {\n    meeting(id: $id) {\n      id\n      startsAt\n      place\n      status\n      accessible\n      accessibilityDetails\n      isPublic\n      cancelReason\n      councilId\n      openedAt\n      closedAt\n      quorum {\n        membersInOffice\n        required\n        present\n        represented\n        reached\n      }\n      agenda {\n        id\n        position\n        title\n        descriptionHtml\n        kind\n        proposalId\n        ballot {\n          id\n          status\n          secret\n          votesCast\n          closedAt\n          result {\n            for\n            against\n            abstain\n            present\n            quorumRequired\n            quorumHeld\n            adopted\n          }\n          rollCall {\n            voterId\n            voterName\n            castBy\n            choice\n          }\n        }\n      }\n      minutes {\n        id\n        version\n        status\n        publishedAt\n        contentHash\n        previousVersionId\n        documentHtml\n        publicationOverdue\n        oppositionStatements {\n          id\n          authorName\n          politicalGroup\n          bodyHtml\n        }\n      }\n      minutesDue {\n        version\n        publicationDue\n        publicationOverdue\n      }\n    }\n  }\n": typeof types.MeetingRecordDocument,
    "\n  query Sortitions($councilId: ID!) {\n    sortitions(councilId: $councilId) {\n      id\n      status\n      seats\n      algorithm\n      seedRule\n      seed\n      announcedAt\n      drawnAt\n      result\n      pool {\n        position\n        volunteerId\n        gender\n        displayName\n      }\n    }\n  }\n": typeof types.SortitionsDocument,
    "\n  query MeetingMinutes($id: ID!) {\n    meeting(id: $id) {\n      id\n      startsAt\n      place\n      status\n      councilId\n      minutes {\n        id\n        version\n        status\n        summary\n        record\n        document\n        documentHtml\n        submittedAt\n        adoptedAt\n        publishedAt\n        publicationDue\n        publicationOverdue\n        contentHash\n        previousVersionId\n      }\n    }\n  }\n": typeof types.MeetingMinutesDocument,
    "\n  query CouncilOffices($slug: String!, $councilId: ID!) {\n    council(slug: $slug) {\n      id\n      name\n      slug\n      colleges {\n        members {\n          accountId\n          role\n        }\n      }\n    }\n    meetings(first: 20, councilId: $councilId, status: DRAFT) {\n      edges {\n        node {\n          id\n          startsAt\n          place\n        }\n      }\n    }\n  }\n": typeof types.CouncilOfficesDocument,
    "\n  mutation DraftMinutes($input: DraftMinutesInput!) {\n    draftMinutes(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.DraftMinutesDocument,
    "\n  mutation SubmitMinutes($id: ID!) {\n    submitMinutes(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.SubmitMinutesDocument,
    "\n  mutation PublishMinutes($id: ID!) {\n    publishMinutes(id: $id) {\n      id\n      meetingId\n      version\n      contentHash\n    }\n  }\n": typeof types.PublishMinutesDocument,
    "\n  mutation AddMinutesToAgenda($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) {\n      id\n    }\n  }\n": typeof types.AddMinutesToAgendaDocument,
    "\n  query Accountability {\n    accountability {\n      today\n      townHall {\n        answers {\n          ...DelayStatsFields\n        }\n        publications {\n          ...DelayStatsFields\n        }\n        agendaWaits {\n          ...DelayStatsFields\n        }\n      }\n      councils {\n        councilId\n        name\n        slug\n        answersDue {\n          ...OwedAnswerFields\n        }\n        answersOverdue {\n          ...OwedAnswerFields\n        }\n        answersGiven {\n          ...OwedAnswerFields\n        }\n        minutesAwaitingPublication {\n          ...OwedMinutesFields\n        }\n        minutesOverdue {\n          ...OwedMinutesFields\n        }\n        minutesPublished {\n          ...OwedMinutesFields\n        }\n        qualifiedProposals {\n          proposalId\n          title\n          qualifiedOn\n          waitDays\n          placedOn\n        }\n      }\n    }\n  }\n": typeof types.AccountabilityDocument,
    "\n  fragment DelayStatsFields on DelayStats {\n    count\n    overdue\n    averageDays\n    worstDays\n  }\n": typeof types.DelayStatsFieldsFragmentDoc,
    "\n  fragment OwedAnswerFields on OwedAnswer {\n    proposalId\n    title\n    decidedOn\n    dueOn\n    answeredOn\n    daysLate\n    delayDays\n    overdue\n  }\n": typeof types.OwedAnswerFieldsFragmentDoc,
    "\n  fragment OwedMinutesFields on OwedMinutes {\n    minutesId\n    meetingId\n    meetingStartsAt\n    version\n    adoptedOn\n    dueOn\n    publishedOn\n    daysLate\n    delayDays\n    overdue\n  }\n": typeof types.OwedMinutesFieldsFragmentDoc,
    "\n  query ProposalToAnswer($id: ID!) {\n    proposal(id: $id) {\n      id\n      title\n      status\n      bodyHtml\n      decidedAt\n      answer\n      answerDeadline\n      answerOverdue\n      answerJustification\n      answeredAt\n      implementedAt\n      council {\n        name\n        slug\n      }\n    }\n  }\n": typeof types.ProposalToAnswerDocument,
    "\n  query AnsweredProposals {\n    proposals(first: 100, status: ANSWERED) {\n      edges {\n        node {\n          id\n          title\n          answer\n          answeredAt\n          council {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.AnsweredProposalsDocument,
    "\n  mutation AnswerProposal($input: AnswerProposalInput!) {\n    answerProposal(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.AnswerProposalDocument,
    "\n  mutation MarkImplemented($id: ID!) {\n    markProposalImplemented(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.MarkImplementedDocument,
    "\n  query MyCouncils {\n    councils(first: 100) {\n      edges {\n        node {\n          id\n          name\n          slug\n          neighbourhood\n          charter {\n            convocationNoticeDays\n            oppositionAgendaQuota\n          }\n          colleges {\n            college\n            members {\n              id\n              accountId\n              college\n              role\n              opposition\n              politicalGroup\n              termStart\n              termEnd\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyCouncilsDocument,
    "\n  query CouncilMeetings($councilId: ID!) {\n    meetings(first: 50, councilId: $councilId) {\n      edges {\n        node {\n          id\n          startsAt\n          place\n          status\n          accessible\n          isPublic\n          agenda {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.CouncilMeetingsDocument,
    "\n  query Convocations {\n    notifications(first: 100) {\n      edges {\n        node {\n          id\n          event\n          title\n          body\n          link\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n": typeof types.ConvocationsDocument,
    "\n  query PrepMeeting($id: ID!) {\n    meeting(id: $id) {\n      id\n      councilId\n      startsAt\n      place\n      status\n      accessible\n      accessibilityDetails\n      isPublic\n      cancelReason\n      convenedAt\n      agenda {\n        id\n        position\n        kind\n        title\n        descriptionHtml\n        proposalId\n        addedBy\n      }\n    }\n  }\n": typeof types.PrepMeetingDocument,
    "\n  query QualifiedProposals($councilId: ID!) {\n    proposals(councilId: $councilId, status: QUALIFIED, first: 50) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.QualifiedProposalsDocument,
    "\n  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) {\n      id\n    }\n  }\n": typeof types.ScheduleMeetingDocument,
    "\n  mutation AddAgendaItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) {\n      id\n    }\n  }\n": typeof types.AddAgendaItemDocument,
    "\n  mutation RemoveAgendaItem($id: ID!) {\n    removeAgendaItem(id: $id) {\n      id\n    }\n  }\n": typeof types.RemoveAgendaItemDocument,
    "\n  mutation ReorderAgenda($input: ReorderAgendaInput!) {\n    reorderAgenda(input: $input) {\n      id\n    }\n  }\n": typeof types.ReorderAgendaDocument,
    "\n  mutation ConvokeMeeting($id: ID!) {\n    convokeMeeting(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ConvokeMeetingDocument,
    "\n  mutation CancelMeeting($input: CancelMeetingInput!) {\n    cancelMeeting(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.CancelMeetingDocument,
    "\n  fragment StatementFields on OppositionStatement {\n    id\n    authorId\n    authorName\n    politicalGroup\n    body\n    bodyHtml\n    updatedAt\n  }\n": typeof types.StatementFieldsFragmentDoc,
    "\n  query StatementTargets($councilId: ID!) {\n    meetings(first: 30, councilId: $councilId, status: CLOSED) {\n      edges {\n        node {\n          id\n          startsAt\n          minutes {\n            id\n            version\n            status\n            oppositionStatements {\n              ...StatementFields\n            }\n          }\n        }\n      }\n    }\n    answered: proposals(councilId: $councilId, status: ANSWERED, first: 50) {\n      edges {\n        node {\n          id\n          title\n          answeredAt\n          oppositionStatements {\n            ...StatementFields\n          }\n        }\n      }\n    }\n    implemented: proposals(councilId: $councilId, status: IMPLEMENTED, first: 50) {\n      edges {\n        node {\n          id\n          title\n          answeredAt\n          oppositionStatements {\n            ...StatementFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.StatementTargetsDocument,
    "\n  mutation AddStatement($input: AddOppositionStatementInput!) {\n    addOppositionStatement(input: $input) {\n      id\n    }\n  }\n": typeof types.AddStatementDocument,
    "\n  mutation UpdateStatement($input: UpdateOppositionStatementInput!) {\n    updateOppositionStatement(input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateStatementDocument,
    "\n  query TownHallDashboard {\n    residentsAwaitingVerification(first: 1) {\n      totalCount\n    }\n    contestedResidencyClaims(first: 1) {\n      totalCount\n    }\n    moderationQueue {\n      targetId\n      hidden\n    }\n    accountability {\n      today\n      councils {\n        councilId\n        name\n        slug\n        answersDue {\n          proposalId\n        }\n        answersOverdue {\n          proposalId\n        }\n        minutesAwaitingPublication {\n          minutesId\n        }\n        minutesOverdue {\n          minutesId\n        }\n        qualifiedProposals {\n          proposalId\n          placedOn\n        }\n      }\n    }\n  }\n": typeof types.TownHallDashboardDocument,
    "\n  query ResidentsPage($after: String, $search: String!, $searching: Boolean!) {\n    residentsAwaitingVerification(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          displayName\n          email\n          createdAt\n        }\n      }\n    }\n    searchAccounts(query: $search, first: 20) @include(if: $searching) {\n      totalCount\n      edges {\n        node {\n          id\n          displayName\n          email\n          createdAt\n          emailVerified\n          residency {\n            neighbourhood\n            method\n            verifiedAt\n          }\n        }\n      }\n    }\n    contestedResidencyClaims(first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          claimedAt\n          claimant {\n            id\n            displayName\n            email\n          }\n          currentHolder {\n            displayName\n            email\n          }\n        }\n      }\n    }\n    councils(first: 100) {\n      edges {\n        node {\n          id\n          name\n          neighbourhood\n        }\n      }\n    }\n    verified: auditLog(first: 20, filter: { action: \"resident.verified\" }) {\n      ...VerificationEvents\n    }\n    claimed: auditLog(first: 20, filter: { action: \"resident.census-claimed\" }) {\n      ...VerificationEvents\n    }\n    imports: auditLog(first: 10, filter: { action: \"census.imported\" }) {\n      ...VerificationEvents\n    }\n  }\n\n  fragment VerificationEvents on AuditLogConnection {\n    edges {\n      node {\n        id\n        action\n        actorId\n        actorRole\n        objectId\n        occurredAt\n        after\n      }\n    }\n  }\n": typeof types.ResidentsPageDocument,
    "\n  mutation VerifyResident($input: VerifyResidentInput!) {\n    verifyResident(input: $input) {\n      id\n      displayName\n      residency {\n        neighbourhood\n      }\n    }\n  }\n": typeof types.VerifyResidentDocument,
    "\n  mutation ImportCensus($input: ImportCensusInput!) {\n    importCensus(input: $input) {\n      importId\n      accepted\n      rejected\n      rejections {\n        line\n        reason\n      }\n    }\n  }\n": typeof types.ImportCensusDocument,
    "\n  query ModerationPage {\n    moderationQueue {\n      targetType\n      targetId\n      proposalId\n      excerpt\n      openReports\n      reasons\n      hidden\n      lastReportedAt\n    }\n    hides: auditLog(first: 50, filter: { action: \"content.hidden\" }) {\n      ...ModerationEvents\n    }\n    restores: auditLog(first: 50, filter: { action: \"content.restored\" }) {\n      ...ModerationEvents\n    }\n  }\n\n  fragment ModerationEvents on AuditLogConnection {\n    edges {\n      node {\n        id\n        objectType\n        objectId\n        occurredAt\n        after\n      }\n    }\n  }\n": typeof types.ModerationPageDocument,
    "\n  mutation ModerateContent($input: ModerateContentInput!) {\n    moderateContent(input: $input) {\n      targetType\n      targetId\n      hidden\n      hiddenReason\n    }\n  }\n": typeof types.ModerateContentDocument,
    "\n  query MeetingDay($id: ID!) {\n    meeting(id: $id) {\n      id\n      startsAt\n      place\n      status\n      councilId\n      openedAt\n      closedAt\n      attendance {\n        accountId\n        displayName\n        status\n        proxyHolderId\n      }\n      quorum {\n        membersInOffice\n        required\n        present\n        represented\n        reached\n      }\n      agenda {\n        id\n        position\n        title\n        kind\n        ballot {\n          id\n          status\n          secret\n          votesCast\n          openedAt\n          closedAt\n          result {\n            for\n            against\n            abstain\n            present\n            quorumRequired\n            quorumHeld\n            adopted\n          }\n          rollCall {\n            voterId\n            voterName\n            castBy\n            choice\n          }\n        }\n      }\n    }\n  }\n": typeof types.MeetingDayDocument,
    "\n  query CouncilMembers($slug: String!) {\n    council(slug: $slug) {\n      id\n      name\n      slug\n      charter {\n        quorum\n      }\n      colleges {\n        college\n        members {\n          accountId\n          displayName\n          role\n        }\n      }\n    }\n  }\n": typeof types.CouncilMembersDocument,
    "\n  mutation OpenMeeting($id: ID!) {\n    openMeeting(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.OpenMeetingDocument,
    "\n  mutation CloseMeeting($id: ID!) {\n    closeMeeting(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.CloseMeetingDocument,
    "\n  mutation RecordAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      id\n      quorum {\n        present\n        represented\n        required\n        reached\n      }\n    }\n  }\n": typeof types.RecordAttendanceDocument,
    "\n  mutation OpenBallot($input: OpenBallotInput!) {\n    openBallot(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.OpenBallotDocument,
    "\n  mutation CastVote($input: CastVoteInput!) {\n    castVote(input: $input) {\n      id\n      votesCast\n    }\n  }\n": typeof types.CastVoteDocument,
    "\n  mutation CloseBallot($id: ID!) {\n    closeBallot(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.CloseBallotDocument,
    "\n  subscription BallotUpdated($meetingId: ID!) {\n    ballotUpdated(meetingId: $meetingId) {\n      id\n      status\n      votesCast\n    }\n  }\n": typeof types.BallotUpdatedDocument,
    "\n  query AdminCouncil($slug: String!) {\n    council(slug: $slug) {\n      id\n      name\n      slug\n      neighbourhood\n      perimeterDescription\n      charter {\n        version\n        changedAt\n        supportThreshold\n        supportWindowDays\n        responseDeadlineDays\n        convocationNoticeDays\n        minutesPublicationDays\n        oppositionAgendaQuota\n        termYears\n        quorum\n        residentCoChairRequired\n        seats {\n          residents\n          associations\n          electedMajority\n          electedOpposition\n        }\n      }\n      colleges {\n        college\n        seats\n        members {\n          id\n          accountId\n          displayName\n          role\n          politicalGroup\n          termStart\n          termEnd\n          drawnByLot\n        }\n      }\n    }\n  }\n": typeof types.AdminCouncilDocument,
    "\n  query CharterHistory($councilId: String!) {\n    auditLog(\n      first: 50\n      filter: { objectType: \"council\", objectId: $councilId, action: \"council.charter-updated\" }\n    ) {\n      edges {\n        node {\n          id\n          occurredAt\n          before\n          after\n        }\n      }\n    }\n  }\n": typeof types.CharterHistoryDocument,
    "\n  mutation CreateCouncil($input: CreateCouncilInput!) {\n    createCouncil(input: $input) {\n      id\n      slug\n    }\n  }\n": typeof types.CreateCouncilDocument,
    "\n  mutation UpdateCharter($input: UpdateCouncilCharterInput!) {\n    updateCouncilCharter(input: $input) {\n      id\n      charter {\n        version\n      }\n    }\n  }\n": typeof types.UpdateCharterDocument,
    "\n  mutation AddCouncilMember($input: AddCouncilMemberInput!) {\n    addCouncilMember(input: $input) {\n      id\n    }\n  }\n": typeof types.AddCouncilMemberDocument,
    "\n  mutation EndMembership($input: EndMembershipInput!) {\n    endMembership(input: $input) {\n      id\n    }\n  }\n": typeof types.EndMembershipDocument,
    "\n  mutation AnnounceSortition($input: AnnounceSortitionInput!) {\n    announceSortition(input: $input) {\n      id\n    }\n  }\n": typeof types.AnnounceSortitionDocument,
    "\n  mutation RunSortition($input: RunSortitionInput!) {\n    runSortition(input: $input) {\n      id\n    }\n  }\n": typeof types.RunSortitionDocument,
    "\n  query SearchAccounts($query: String!) {\n    searchAccounts(query: $query, first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          displayName\n          email\n          role\n        }\n      }\n    }\n  }\n": typeof types.SearchAccountsDocument,
    "\n  mutation SetAccountRole($input: SetAccountRoleInput!) {\n    setAccountRole(input: $input) {\n      id\n      role\n    }\n  }\n": typeof types.SetAccountRoleDocument,
    "\n  query QueueHealth {\n    queueMetrics {\n      name\n      waiting\n      active\n      delayed\n      completed\n      failed\n    }\n    failedJobs(first: 20) {\n      jobId\n      jobName\n      attempts\n      failedAt\n      error\n    }\n  }\n": typeof types.QueueHealthDocument,
    "\n  query StaffAccounts {\n    staffAccounts(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          displayName\n          email\n          role\n        }\n      }\n    }\n  }\n": typeof types.StaffAccountsDocument,
    "\n  query CouncilCreated($slug: String!) {\n    council(slug: $slug) {\n      id\n      name\n      neighbourhood\n      perimeterDescription\n      createdAt\n    }\n  }\n": typeof types.CouncilCreatedDocument,
    "\n  query WorksList($scope: WorksScope) {\n    worksProjects(scope: $scope) {\n      id\n      title\n      address\n      startsOn\n      endsOn\n      phase\n      detourVersion\n      councils {\n        id\n        name\n      }\n      detours {\n        version\n        accessible\n      }\n    }\n  }\n": typeof types.WorksListDocument,
    "\n  query WorksPage($id: ID!) {\n    worksProject(id: $id) {\n      id\n      title\n      description\n      address\n      geometry\n      startsOn\n      endsOn\n      assessmentDueOn\n      phase\n      detourVersion\n      viewerFollows\n      viewerAssessmentRequests {\n        associationId\n      }\n      councils {\n        id\n        name\n        slug\n      }\n      detours {\n        id\n        version\n        description\n        accessible\n        reason\n        createdAt\n      }\n      reports {\n        id\n        detourVersion\n        problem\n        place\n        description\n        createdAt\n        answer\n        answeredAt\n      }\n      assessmentRequests {\n        associationId\n        associationName\n        assessed\n      }\n      assessments {\n        id\n        associationName\n        detourVersion\n        opinion\n        comment\n        createdAt\n      }\n    }\n  }\n": typeof types.WorksPageDocument,
    "\n  mutation PostWorks($input: PostWorksInput!) {\n    postWorks(input: $input) {\n      id\n    }\n  }\n": typeof types.PostWorksDocument,
    "\n  mutation ChangeDetour($input: ChangeDetourInput!) {\n    changeDetour(input: $input) {\n      id\n      detourVersion\n    }\n  }\n": typeof types.ChangeDetourDocument,
    "\n  mutation ReportDetour($input: ReportDetourProblemInput!) {\n    reportDetourProblem(input: $input) {\n      id\n    }\n  }\n": typeof types.ReportDetourDocument,
    "\n  mutation AnswerDetourReport($input: AnswerDetourReportInput!) {\n    answerDetourReport(input: $input) {\n      id\n      answer\n    }\n  }\n": typeof types.AnswerDetourReportDocument,
    "\n  mutation FollowWorks($id: ID!) {\n    followWorks(id: $id) {\n      id\n      viewerFollows\n    }\n  }\n": typeof types.FollowWorksDocument,
    "\n  mutation UnfollowWorks($id: ID!) {\n    unfollowWorks(id: $id) {\n      id\n      viewerFollows\n    }\n  }\n": typeof types.UnfollowWorksDocument,
    "\n  query WorksCouncils {\n    councils(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.WorksCouncilsDocument,
    "\n  query WorksToAssess($id: ID!) {\n    worksProject(id: $id) {\n      id\n      title\n      address\n      startsOn\n      endsOn\n      assessmentDueOn\n      detourVersion\n      detours {\n        id\n        version\n        description\n        accessible\n      }\n      viewerAssessmentRequests {\n        associationId\n        associationName\n      }\n      assessments {\n        id\n        associationName\n        opinion\n        comment\n      }\n    }\n  }\n": typeof types.WorksToAssessDocument,
    "\n  mutation AssessWorks($input: AssessWorksInput!) {\n    assessWorks(input: $input) {\n      id\n    }\n  }\n": typeof types.AssessWorksDocument,
    "\n  mutation UpdateWorks($input: UpdateWorksInput!) {\n    updateWorks(input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateWorksDocument,
    "\n  query Places($councilId: ID) {\n    places(councilId: $councilId) {\n      id\n      name\n      kind\n      address\n      councilId\n      councilName\n      entrance\n      toilets\n      hearingLoop\n      parking\n      overall\n      checkedOn\n      plannedWorks\n      plannedWorksOn\n      openReports\n      warning\n    }\n  }\n": typeof types.PlacesDocument,
    "\n  query PlacesProgress {\n    placesProgress {\n      termEndsOn\n      today {\n        accessible\n        notAccessible\n        unknown\n      }\n      byKind {\n        key\n        label\n        accessible\n        notAccessible\n        unknown\n      }\n      byCouncil {\n        key\n        label\n        accessible\n        notAccessible\n        unknown\n      }\n      series {\n        month\n        day\n        accessible\n        notAccessible\n        unknown\n      }\n    }\n  }\n": typeof types.PlacesProgressDocument,
    "\n  query Place($id: ID!) {\n    place(id: $id) {\n      id\n      name\n      kind\n      address\n      councilId\n      councilName\n      entrance\n      toilets\n      hearingLoop\n      parking\n      overall\n      evidence\n      checkedOn\n      plannedWorks\n      plannedWorksOn\n      openReports\n      warning\n      checks {\n        id\n        checkedOn\n        entrance\n        toilets\n        hearingLoop\n        parking\n        overall\n        evidence\n      }\n      reports {\n        id\n        body\n        createdAt\n        answer\n        answeredAt\n      }\n    }\n  }\n": typeof types.PlaceDocument,
    "\n  mutation CreatePlace($input: PlaceInput!) {\n    createPlace(input: $input) {\n      id\n    }\n  }\n": typeof types.CreatePlaceDocument,
    "\n  mutation UpdatePlace($input: UpdatePlaceInput!) {\n    updatePlace(input: $input) {\n      id\n    }\n  }\n": typeof types.UpdatePlaceDocument,
    "\n  mutation ReportPlaceProblem($input: ReportPlaceProblemInput!) {\n    reportPlaceProblem(input: $input) {\n      id\n    }\n  }\n": typeof types.ReportPlaceProblemDocument,
    "\n  mutation AnswerPlaceReport($input: AnswerPlaceReportInput!) {\n    answerPlaceReport(input: $input) {\n      id\n    }\n  }\n": typeof types.AnswerPlaceReportDocument,
    "\n  query MeetingRegisteredPlace($id: ID!) {\n    meeting(id: $id) {\n      id\n      registeredPlace {\n        id\n        name\n        overall\n        notAccessible\n        warning\n      }\n    }\n  }\n": typeof types.MeetingRegisteredPlaceDocument,
    "\n  query SolidarityPage($council: String, $association: ID, $first: Int, $after: String) {\n    solidarityEntries(council: $council, association: $association, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          description\n          audience\n          address\n          hours\n          access\n          accessibility\n          languages\n          cost\n          contact\n          soliguideUrl\n          runBy\n          councilName\n          lastCheckedOn\n          stale\n          viewerCanEdit\n        }\n      }\n    }\n  }\n": typeof types.SolidarityPageDocument,
    "\n  query SolidarityEntry($id: ID!) {\n    solidarityEntry(id: $id) {\n      id\n      title\n      description\n      audience\n      address\n      hours\n      access\n      accessibility\n      languages\n      cost\n      contact\n      soliguideUrl\n      associationId\n      associationName\n      operatorName\n      runBy\n      councilId\n      councilName\n      status\n      lastCheckedOn\n      checkDueOn\n      stale\n      viewerCanEdit\n    }\n  }\n": typeof types.SolidarityEntryDocument,
    "\n  query EditableSolidarityEntries($after: String) {\n    editableSolidarityEntries(after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          runBy\n          councilName\n          status\n          lastCheckedOn\n          stale\n        }\n      }\n    }\n    myAssociations {\n      id\n      name\n      status\n    }\n  }\n": typeof types.EditableSolidarityEntriesDocument,
    "\n  mutation CreateSolidarityEntry($input: CreateSolidarityEntryInput!) {\n    createSolidarityEntry(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateSolidarityEntryDocument,
    "\n  mutation UpdateSolidarityEntry($input: UpdateSolidarityEntryInput!) {\n    updateSolidarityEntry(input: $input) {\n      id\n      lastCheckedOn\n    }\n  }\n": typeof types.UpdateSolidarityEntryDocument,
    "\n  mutation ConfirmSolidarityEntry($entryId: ID!) {\n    confirmSolidarityEntry(entryId: $entryId) {\n      id\n      lastCheckedOn\n    }\n  }\n": typeof types.ConfirmSolidarityEntryDocument,
    "\n  mutation SetSolidarityEntryStatus($input: SolidarityEntryStatusInput!) {\n    setSolidarityEntryStatus(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.SetSolidarityEntryStatusDocument,
    "\n  mutation ImportSolidarityEntries($input: ImportSolidarityEntriesInput!) {\n    importSolidarityEntries(input: $input) {\n      imported\n      rejected {\n        line\n        reason\n      }\n    }\n  }\n": typeof types.ImportSolidarityEntriesDocument,
    "\n  query Associations($after: String) {\n    associations(after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          description\n          fields\n          website\n        }\n      }\n    }\n  }\n": typeof types.AssociationsDocument,
    "\n  query Association($id: ID!) {\n    association(id: $id) {\n      id\n      name\n      description\n      fields\n      contactEmail\n      contactPhone\n      website\n      status\n      viewerIsMember\n      members {\n        accountId\n        displayName\n      }\n      seats {\n        councilSlug\n        councilName\n        displayName\n      }\n    }\n  }\n": typeof types.AssociationDocument,
    "\n  query AssociationManage($id: ID!) {\n    association(id: $id) {\n      id\n      name\n      description\n      fields\n      contactEmail\n      contactPhone\n      website\n      status\n      statusReason\n      viewerIsMember\n      members {\n        accountId\n        displayName\n        since\n      }\n      seats {\n        councilSlug\n        councilName\n        displayName\n      }\n    }\n  }\n": typeof types.AssociationManageDocument,
    "\n  query MyAssociations {\n    myAssociations {\n      id\n      name\n      status\n      fields\n    }\n  }\n": typeof types.MyAssociationsDocument,
    "\n  query AgentAssociations($status: AssociationStatus, $after: String) {\n    associations(status: $status, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          description\n          fields\n          contactEmail\n          status\n          statusReason\n          createdAt\n          members {\n            accountId\n            displayName\n          }\n          seats {\n            councilName\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.AgentAssociationsDocument,
    "\n  mutation ProposeAssociation($input: AssociationInput!) {\n    proposeAssociation(input: $input) {\n      id\n    }\n  }\n": typeof types.ProposeAssociationDocument,
    "\n  mutation UpdateAssociation($input: UpdateAssociationInput!) {\n    updateAssociation(input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateAssociationDocument,
    "\n  mutation AddAssociationMemberByEmail($input: AssociationMemberByEmailInput!) {\n    addAssociationMemberByEmail(input: $input) {\n      id\n    }\n  }\n": typeof types.AddAssociationMemberByEmailDocument,
    "\n  mutation RemoveAssociationMember($input: AssociationMemberInput!) {\n    removeAssociationMember(input: $input) {\n      id\n      viewerIsMember\n    }\n  }\n": typeof types.RemoveAssociationMemberDocument,
    "\n  mutation DecideOnAssociation($input: DecideOnAssociationInput!) {\n    decideOnAssociation(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.DecideOnAssociationDocument,
    "\n  mutation SeatAssociationInCouncil($input: SeatAssociationInput!) {\n    seatAssociationInCouncil(input: $input) {\n      id\n    }\n  }\n": typeof types.SeatAssociationInCouncilDocument,
    "\n  mutation HideDetourReport($input: HideDetourReportInput!) {\n    hideDetourReport(input: $input) {\n      id\n    }\n  }\n": typeof types.HideDetourReportDocument,
    "\n  mutation HidePlaceReport($input: HidePlaceReportInput!) {\n    hidePlaceReport(input: $input) {\n      id\n    }\n  }\n": typeof types.HidePlaceReportDocument,
};
const documents: Documents = {
    "\n  fragment ProposalCard on Proposal {\n    id\n    title\n    status\n    category\n    authorName\n    publishedAt\n    createdAt\n    expiresAt\n    supportCount\n    supportThreshold\n    council {\n      name\n      slug\n      neighbourhood\n      neighbourhoodKey\n    }\n  }\n": types.ProposalCardFragmentDoc,
    "\n  query Me {\n    me {\n      id\n      displayName\n      email\n      emailVerified\n      role\n      residency {\n        neighbourhood\n        method\n      }\n    }\n    mySeats {\n      councilId\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Refresh($refreshToken: String!) {\n    refreshToken(refreshToken: $refreshToken) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n    }\n  }\n": types.RefreshDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      ok\n      message\n    }\n  }\n": types.RegisterDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token)\n  }\n": types.VerifyEmailDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email) {\n      ok\n      message\n    }\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetPasswordDocument,
    "\n  mutation ClaimResidency($input: ClaimResidencyInput!) {\n    claimResidency(input: $input) {\n      residency {\n        neighbourhood\n      }\n    }\n  }\n": types.ClaimResidencyDocument,
    "\n  query Home {\n    councils(first: 50) {\n      edges {\n        node {\n          id\n          name\n          slug\n          neighbourhood\n        }\n      }\n    }\n    latest: proposals(first: 5, orderBy: NEWEST) {\n      edges {\n        node {\n          ...ProposalCard\n        }\n      }\n    }\n    qualified: proposals(first: 5, status: QUALIFIED) {\n      edges {\n        node {\n          ...ProposalCard\n        }\n      }\n    }\n    adopted: proposals(first: 20, status: ADOPTED) {\n      edges {\n        node {\n          ...ProposalCard\n          answerOverdue\n          answerDeadline\n        }\n      }\n    }\n    meetings(first: 5, status: CONVENED) {\n      edges {\n        node {\n          id\n          startsAt\n          place\n          councilId\n        }\n      }\n    }\n  }\n": types.HomeDocument,
    "\n  query Proposals(\n    $first: Int\n    $after: String\n    $search: String\n    $status: ProposalStatus\n    $category: ProposalCategory\n    $councilId: ID\n    $orderBy: ProposalOrder\n  ) {\n    proposals(\n      first: $first\n      after: $after\n      search: $search\n      status: $status\n      category: $category\n      councilId: $councilId\n      orderBy: $orderBy\n    ) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...ProposalCard\n        }\n      }\n    }\n    councils(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ProposalsDocument,
    "\n  query Proposal($id: ID!) {\n    proposal(id: $id) {\n      ...ProposalCard\n      authorId\n      bodyHtml\n      bodyMarkdown\n      address\n      qualifiedAt\n      decidedAt\n      answeredAt\n      implementedAt\n      answerDeadline\n      answerOverdue\n      answerJustification\n      hiddenReason\n      viewerSupports\n      viewerFollows\n      answer\n      oppositionStatements {\n        id\n        bodyHtml\n        authorName\n      }\n    }\n  }\n": types.ProposalDocument,
    "\n  mutation Support($id: ID!) {\n    supportProposal(id: $id) {\n      alreadySupported\n      proposal {\n        id\n        status\n        supportCount\n      }\n    }\n  }\n": types.SupportDocument,
    "\n  mutation WithdrawSupport($id: ID!) {\n    withdrawSupport(id: $id) {\n      wasSupporting\n    }\n  }\n": types.WithdrawSupportDocument,
    "\n  mutation FollowProposal($id: ID!) {\n    followProposal(id: $id) {\n      following\n    }\n  }\n": types.FollowProposalDocument,
    "\n  mutation UnfollowProposal($id: ID!) {\n    unfollowProposal(id: $id) {\n      following\n    }\n  }\n": types.UnfollowProposalDocument,
    "\n  mutation Comment($input: CommentOnProposalInput!) {\n    commentOnProposal(input: $input) {\n      id\n    }\n  }\n": types.CommentDocument,
    "\n  query SimilarProposals($title: String!, $councilId: ID) {\n    similarProposals(title: $title, councilId: $councilId) {\n      id\n      title\n      status\n    }\n  }\n": types.SimilarProposalsDocument,
    "\n  mutation SubmitProposal($input: SubmitProposalInput!) {\n    submitProposal(input: $input) {\n      id\n      status\n    }\n  }\n": types.SubmitProposalDocument,
    "\n  mutation PublishProposal($id: ID!) {\n    publishProposal(id: $id) {\n      id\n      status\n    }\n  }\n": types.PublishProposalDocument,
    "\n  query Councils {\n    councils(first: 100) {\n      edges {\n        node {\n          id\n          name\n          slug\n          neighbourhood\n          neighbourhoodKey\n          perimeterDescription\n          followersCount\n        }\n      }\n    }\n  }\n": types.CouncilsDocument,
    "\n  query Council($slug: String!) {\n    council(slug: $slug) {\n      id\n      name\n      slug\n      neighbourhood\n      perimeterDescription\n      followersCount\n      viewerFollows\n      charter {\n        supportThreshold\n        supportWindowDays\n        responseDeadlineDays\n        convocationNoticeDays\n        minutesPublicationDays\n        oppositionAgendaQuota\n        termYears\n        quorum\n      }\n      colleges {\n        college\n        seats\n        members {\n          id\n          displayName\n          role\n          termStart\n          termEnd\n          drawnByLot\n        }\n      }\n    }\n  }\n": types.CouncilDocument,
    "\n  mutation FollowCouncil($id: ID!) {\n    followCouncil(councilId: $id) {\n      __typename\n    }\n  }\n": types.FollowCouncilDocument,
    "\n  mutation UnfollowCouncil($id: ID!) {\n    unfollowCouncil(councilId: $id) {\n      __typename\n    }\n  }\n": types.UnfollowCouncilDocument,
    "\n  query Meetings($after: String, $councilId: ID) {\n    meetings(first: 20, after: $after, councilId: $councilId) {\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          startsAt\n          place\n          status\n          accessible\n          councilId\n        }\n      }\n    }\n  }\n": types.MeetingsDocument,
    "\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      id\n      startsAt\n      place\n      status\n      accessible\n      accessibilityDetails\n      isPublic\n      cancelReason\n      councilId\n      agenda {\n        id\n        position\n        title\n        descriptionHtml\n        kind\n        proposalId\n      }\n    }\n  }\n": types.MeetingDocument,
    "\n  query Inbox {\n    notificationPreferences {\n      event\n      label\n      mode\n    }\n    notifications(first: 50) {\n      edges {\n        node {\n          id\n          title\n          body\n          link\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n": types.InboxDocument,
    "\n  mutation MarkRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n": types.MarkReadDocument,
    "\n  query Export {\n    exportMyData\n  }\n": types.ExportDocument,
    "\n  mutation DeleteAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n": types.DeleteAccountDocument,
    "\n  mutation UpdatePreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      event\n      mode\n    }\n  }\n": types.UpdatePreferencesDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      title\n      link\n    }\n  }\n": types.NotificationAddedDocument,
    "\n  query ProposalComments($id: ID!, $after: String) {\n    proposal(id: $id) {\n      id\n      commentPage(first: 50, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            parentId\n            authorId\n            authorName\n            bodyHtml\n            bodyMarkdown\n            createdAt\n            editedAt\n            hiddenReason\n          }\n        }\n      }\n    }\n  }\n": types.ProposalCommentsDocument,
    "\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      id\n      editedAt\n    }\n  }\n": types.EditCommentDocument,
    "\n  mutation ReportContent($input: ReportContentInput!) {\n    reportContent(input: $input)\n  }\n": types.ReportContentDocument,
    "\n  query MyProposals($authorId: ID!, $supportedAfter: String, $authoredAfter: String) {\n    authored: proposals(authorId: $authorId, first: 10, after: $authoredAfter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          supportCount\n        }\n      }\n    }\n    supported: proposals(supportedByMe: true, first: 10, after: $supportedAfter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          supportCount\n        }\n      }\n    }\n  }\n": types.MyProposalsDocument,
    "\n  query MeetingRecord($id: ID!) {\n    meeting(id: $id) {\n      id\n      startsAt\n      place\n      status\n      accessible\n      accessibilityDetails\n      isPublic\n      cancelReason\n      councilId\n      openedAt\n      closedAt\n      quorum {\n        membersInOffice\n        required\n        present\n        represented\n        reached\n      }\n      agenda {\n        id\n        position\n        title\n        descriptionHtml\n        kind\n        proposalId\n        ballot {\n          id\n          status\n          secret\n          votesCast\n          closedAt\n          result {\n            for\n            against\n            abstain\n            present\n            quorumRequired\n            quorumHeld\n            adopted\n          }\n          rollCall {\n            voterId\n            voterName\n            castBy\n            choice\n          }\n        }\n      }\n      minutes {\n        id\n        version\n        status\n        publishedAt\n        contentHash\n        previousVersionId\n        documentHtml\n        publicationOverdue\n        oppositionStatements {\n          id\n          authorName\n          politicalGroup\n          bodyHtml\n        }\n      }\n      minutesDue {\n        version\n        publicationDue\n        publicationOverdue\n      }\n    }\n  }\n": types.MeetingRecordDocument,
    "\n  query Sortitions($councilId: ID!) {\n    sortitions(councilId: $councilId) {\n      id\n      status\n      seats\n      algorithm\n      seedRule\n      seed\n      announcedAt\n      drawnAt\n      result\n      pool {\n        position\n        volunteerId\n        gender\n        displayName\n      }\n    }\n  }\n": types.SortitionsDocument,
    "\n  query MeetingMinutes($id: ID!) {\n    meeting(id: $id) {\n      id\n      startsAt\n      place\n      status\n      councilId\n      minutes {\n        id\n        version\n        status\n        summary\n        record\n        document\n        documentHtml\n        submittedAt\n        adoptedAt\n        publishedAt\n        publicationDue\n        publicationOverdue\n        contentHash\n        previousVersionId\n      }\n    }\n  }\n": types.MeetingMinutesDocument,
    "\n  query CouncilOffices($slug: String!, $councilId: ID!) {\n    council(slug: $slug) {\n      id\n      name\n      slug\n      colleges {\n        members {\n          accountId\n          role\n        }\n      }\n    }\n    meetings(first: 20, councilId: $councilId, status: DRAFT) {\n      edges {\n        node {\n          id\n          startsAt\n          place\n        }\n      }\n    }\n  }\n": types.CouncilOfficesDocument,
    "\n  mutation DraftMinutes($input: DraftMinutesInput!) {\n    draftMinutes(input: $input) {\n      id\n      version\n    }\n  }\n": types.DraftMinutesDocument,
    "\n  mutation SubmitMinutes($id: ID!) {\n    submitMinutes(id: $id) {\n      id\n      status\n    }\n  }\n": types.SubmitMinutesDocument,
    "\n  mutation PublishMinutes($id: ID!) {\n    publishMinutes(id: $id) {\n      id\n      meetingId\n      version\n      contentHash\n    }\n  }\n": types.PublishMinutesDocument,
    "\n  mutation AddMinutesToAgenda($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) {\n      id\n    }\n  }\n": types.AddMinutesToAgendaDocument,
    "\n  query Accountability {\n    accountability {\n      today\n      townHall {\n        answers {\n          ...DelayStatsFields\n        }\n        publications {\n          ...DelayStatsFields\n        }\n        agendaWaits {\n          ...DelayStatsFields\n        }\n      }\n      councils {\n        councilId\n        name\n        slug\n        answersDue {\n          ...OwedAnswerFields\n        }\n        answersOverdue {\n          ...OwedAnswerFields\n        }\n        answersGiven {\n          ...OwedAnswerFields\n        }\n        minutesAwaitingPublication {\n          ...OwedMinutesFields\n        }\n        minutesOverdue {\n          ...OwedMinutesFields\n        }\n        minutesPublished {\n          ...OwedMinutesFields\n        }\n        qualifiedProposals {\n          proposalId\n          title\n          qualifiedOn\n          waitDays\n          placedOn\n        }\n      }\n    }\n  }\n": types.AccountabilityDocument,
    "\n  fragment DelayStatsFields on DelayStats {\n    count\n    overdue\n    averageDays\n    worstDays\n  }\n": types.DelayStatsFieldsFragmentDoc,
    "\n  fragment OwedAnswerFields on OwedAnswer {\n    proposalId\n    title\n    decidedOn\n    dueOn\n    answeredOn\n    daysLate\n    delayDays\n    overdue\n  }\n": types.OwedAnswerFieldsFragmentDoc,
    "\n  fragment OwedMinutesFields on OwedMinutes {\n    minutesId\n    meetingId\n    meetingStartsAt\n    version\n    adoptedOn\n    dueOn\n    publishedOn\n    daysLate\n    delayDays\n    overdue\n  }\n": types.OwedMinutesFieldsFragmentDoc,
    "\n  query ProposalToAnswer($id: ID!) {\n    proposal(id: $id) {\n      id\n      title\n      status\n      bodyHtml\n      decidedAt\n      answer\n      answerDeadline\n      answerOverdue\n      answerJustification\n      answeredAt\n      implementedAt\n      council {\n        name\n        slug\n      }\n    }\n  }\n": types.ProposalToAnswerDocument,
    "\n  query AnsweredProposals {\n    proposals(first: 100, status: ANSWERED) {\n      edges {\n        node {\n          id\n          title\n          answer\n          answeredAt\n          council {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.AnsweredProposalsDocument,
    "\n  mutation AnswerProposal($input: AnswerProposalInput!) {\n    answerProposal(input: $input) {\n      id\n      status\n    }\n  }\n": types.AnswerProposalDocument,
    "\n  mutation MarkImplemented($id: ID!) {\n    markProposalImplemented(id: $id) {\n      id\n      status\n    }\n  }\n": types.MarkImplementedDocument,
    "\n  query MyCouncils {\n    councils(first: 100) {\n      edges {\n        node {\n          id\n          name\n          slug\n          neighbourhood\n          charter {\n            convocationNoticeDays\n            oppositionAgendaQuota\n          }\n          colleges {\n            college\n            members {\n              id\n              accountId\n              college\n              role\n              opposition\n              politicalGroup\n              termStart\n              termEnd\n            }\n          }\n        }\n      }\n    }\n  }\n": types.MyCouncilsDocument,
    "\n  query CouncilMeetings($councilId: ID!) {\n    meetings(first: 50, councilId: $councilId) {\n      edges {\n        node {\n          id\n          startsAt\n          place\n          status\n          accessible\n          isPublic\n          agenda {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.CouncilMeetingsDocument,
    "\n  query Convocations {\n    notifications(first: 100) {\n      edges {\n        node {\n          id\n          event\n          title\n          body\n          link\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n": types.ConvocationsDocument,
    "\n  query PrepMeeting($id: ID!) {\n    meeting(id: $id) {\n      id\n      councilId\n      startsAt\n      place\n      status\n      accessible\n      accessibilityDetails\n      isPublic\n      cancelReason\n      convenedAt\n      agenda {\n        id\n        position\n        kind\n        title\n        descriptionHtml\n        proposalId\n        addedBy\n      }\n    }\n  }\n": types.PrepMeetingDocument,
    "\n  query QualifiedProposals($councilId: ID!) {\n    proposals(councilId: $councilId, status: QUALIFIED, first: 50) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.QualifiedProposalsDocument,
    "\n  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) {\n      id\n    }\n  }\n": types.ScheduleMeetingDocument,
    "\n  mutation AddAgendaItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) {\n      id\n    }\n  }\n": types.AddAgendaItemDocument,
    "\n  mutation RemoveAgendaItem($id: ID!) {\n    removeAgendaItem(id: $id) {\n      id\n    }\n  }\n": types.RemoveAgendaItemDocument,
    "\n  mutation ReorderAgenda($input: ReorderAgendaInput!) {\n    reorderAgenda(input: $input) {\n      id\n    }\n  }\n": types.ReorderAgendaDocument,
    "\n  mutation ConvokeMeeting($id: ID!) {\n    convokeMeeting(id: $id) {\n      id\n      status\n    }\n  }\n": types.ConvokeMeetingDocument,
    "\n  mutation CancelMeeting($input: CancelMeetingInput!) {\n    cancelMeeting(input: $input) {\n      id\n      status\n    }\n  }\n": types.CancelMeetingDocument,
    "\n  fragment StatementFields on OppositionStatement {\n    id\n    authorId\n    authorName\n    politicalGroup\n    body\n    bodyHtml\n    updatedAt\n  }\n": types.StatementFieldsFragmentDoc,
    "\n  query StatementTargets($councilId: ID!) {\n    meetings(first: 30, councilId: $councilId, status: CLOSED) {\n      edges {\n        node {\n          id\n          startsAt\n          minutes {\n            id\n            version\n            status\n            oppositionStatements {\n              ...StatementFields\n            }\n          }\n        }\n      }\n    }\n    answered: proposals(councilId: $councilId, status: ANSWERED, first: 50) {\n      edges {\n        node {\n          id\n          title\n          answeredAt\n          oppositionStatements {\n            ...StatementFields\n          }\n        }\n      }\n    }\n    implemented: proposals(councilId: $councilId, status: IMPLEMENTED, first: 50) {\n      edges {\n        node {\n          id\n          title\n          answeredAt\n          oppositionStatements {\n            ...StatementFields\n          }\n        }\n      }\n    }\n  }\n": types.StatementTargetsDocument,
    "\n  mutation AddStatement($input: AddOppositionStatementInput!) {\n    addOppositionStatement(input: $input) {\n      id\n    }\n  }\n": types.AddStatementDocument,
    "\n  mutation UpdateStatement($input: UpdateOppositionStatementInput!) {\n    updateOppositionStatement(input: $input) {\n      id\n    }\n  }\n": types.UpdateStatementDocument,
    "\n  query TownHallDashboard {\n    residentsAwaitingVerification(first: 1) {\n      totalCount\n    }\n    contestedResidencyClaims(first: 1) {\n      totalCount\n    }\n    moderationQueue {\n      targetId\n      hidden\n    }\n    accountability {\n      today\n      councils {\n        councilId\n        name\n        slug\n        answersDue {\n          proposalId\n        }\n        answersOverdue {\n          proposalId\n        }\n        minutesAwaitingPublication {\n          minutesId\n        }\n        minutesOverdue {\n          minutesId\n        }\n        qualifiedProposals {\n          proposalId\n          placedOn\n        }\n      }\n    }\n  }\n": types.TownHallDashboardDocument,
    "\n  query ResidentsPage($after: String, $search: String!, $searching: Boolean!) {\n    residentsAwaitingVerification(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          displayName\n          email\n          createdAt\n        }\n      }\n    }\n    searchAccounts(query: $search, first: 20) @include(if: $searching) {\n      totalCount\n      edges {\n        node {\n          id\n          displayName\n          email\n          createdAt\n          emailVerified\n          residency {\n            neighbourhood\n            method\n            verifiedAt\n          }\n        }\n      }\n    }\n    contestedResidencyClaims(first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          claimedAt\n          claimant {\n            id\n            displayName\n            email\n          }\n          currentHolder {\n            displayName\n            email\n          }\n        }\n      }\n    }\n    councils(first: 100) {\n      edges {\n        node {\n          id\n          name\n          neighbourhood\n        }\n      }\n    }\n    verified: auditLog(first: 20, filter: { action: \"resident.verified\" }) {\n      ...VerificationEvents\n    }\n    claimed: auditLog(first: 20, filter: { action: \"resident.census-claimed\" }) {\n      ...VerificationEvents\n    }\n    imports: auditLog(first: 10, filter: { action: \"census.imported\" }) {\n      ...VerificationEvents\n    }\n  }\n\n  fragment VerificationEvents on AuditLogConnection {\n    edges {\n      node {\n        id\n        action\n        actorId\n        actorRole\n        objectId\n        occurredAt\n        after\n      }\n    }\n  }\n": types.ResidentsPageDocument,
    "\n  mutation VerifyResident($input: VerifyResidentInput!) {\n    verifyResident(input: $input) {\n      id\n      displayName\n      residency {\n        neighbourhood\n      }\n    }\n  }\n": types.VerifyResidentDocument,
    "\n  mutation ImportCensus($input: ImportCensusInput!) {\n    importCensus(input: $input) {\n      importId\n      accepted\n      rejected\n      rejections {\n        line\n        reason\n      }\n    }\n  }\n": types.ImportCensusDocument,
    "\n  query ModerationPage {\n    moderationQueue {\n      targetType\n      targetId\n      proposalId\n      excerpt\n      openReports\n      reasons\n      hidden\n      lastReportedAt\n    }\n    hides: auditLog(first: 50, filter: { action: \"content.hidden\" }) {\n      ...ModerationEvents\n    }\n    restores: auditLog(first: 50, filter: { action: \"content.restored\" }) {\n      ...ModerationEvents\n    }\n  }\n\n  fragment ModerationEvents on AuditLogConnection {\n    edges {\n      node {\n        id\n        objectType\n        objectId\n        occurredAt\n        after\n      }\n    }\n  }\n": types.ModerationPageDocument,
    "\n  mutation ModerateContent($input: ModerateContentInput!) {\n    moderateContent(input: $input) {\n      targetType\n      targetId\n      hidden\n      hiddenReason\n    }\n  }\n": types.ModerateContentDocument,
    "\n  query MeetingDay($id: ID!) {\n    meeting(id: $id) {\n      id\n      startsAt\n      place\n      status\n      councilId\n      openedAt\n      closedAt\n      attendance {\n        accountId\n        displayName\n        status\n        proxyHolderId\n      }\n      quorum {\n        membersInOffice\n        required\n        present\n        represented\n        reached\n      }\n      agenda {\n        id\n        position\n        title\n        kind\n        ballot {\n          id\n          status\n          secret\n          votesCast\n          openedAt\n          closedAt\n          result {\n            for\n            against\n            abstain\n            present\n            quorumRequired\n            quorumHeld\n            adopted\n          }\n          rollCall {\n            voterId\n            voterName\n            castBy\n            choice\n          }\n        }\n      }\n    }\n  }\n": types.MeetingDayDocument,
    "\n  query CouncilMembers($slug: String!) {\n    council(slug: $slug) {\n      id\n      name\n      slug\n      charter {\n        quorum\n      }\n      colleges {\n        college\n        members {\n          accountId\n          displayName\n          role\n        }\n      }\n    }\n  }\n": types.CouncilMembersDocument,
    "\n  mutation OpenMeeting($id: ID!) {\n    openMeeting(id: $id) {\n      id\n      status\n    }\n  }\n": types.OpenMeetingDocument,
    "\n  mutation CloseMeeting($id: ID!) {\n    closeMeeting(id: $id) {\n      id\n      status\n    }\n  }\n": types.CloseMeetingDocument,
    "\n  mutation RecordAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      id\n      quorum {\n        present\n        represented\n        required\n        reached\n      }\n    }\n  }\n": types.RecordAttendanceDocument,
    "\n  mutation OpenBallot($input: OpenBallotInput!) {\n    openBallot(input: $input) {\n      id\n      status\n    }\n  }\n": types.OpenBallotDocument,
    "\n  mutation CastVote($input: CastVoteInput!) {\n    castVote(input: $input) {\n      id\n      votesCast\n    }\n  }\n": types.CastVoteDocument,
    "\n  mutation CloseBallot($id: ID!) {\n    closeBallot(id: $id) {\n      id\n      status\n    }\n  }\n": types.CloseBallotDocument,
    "\n  subscription BallotUpdated($meetingId: ID!) {\n    ballotUpdated(meetingId: $meetingId) {\n      id\n      status\n      votesCast\n    }\n  }\n": types.BallotUpdatedDocument,
    "\n  query AdminCouncil($slug: String!) {\n    council(slug: $slug) {\n      id\n      name\n      slug\n      neighbourhood\n      perimeterDescription\n      charter {\n        version\n        changedAt\n        supportThreshold\n        supportWindowDays\n        responseDeadlineDays\n        convocationNoticeDays\n        minutesPublicationDays\n        oppositionAgendaQuota\n        termYears\n        quorum\n        residentCoChairRequired\n        seats {\n          residents\n          associations\n          electedMajority\n          electedOpposition\n        }\n      }\n      colleges {\n        college\n        seats\n        members {\n          id\n          accountId\n          displayName\n          role\n          politicalGroup\n          termStart\n          termEnd\n          drawnByLot\n        }\n      }\n    }\n  }\n": types.AdminCouncilDocument,
    "\n  query CharterHistory($councilId: String!) {\n    auditLog(\n      first: 50\n      filter: { objectType: \"council\", objectId: $councilId, action: \"council.charter-updated\" }\n    ) {\n      edges {\n        node {\n          id\n          occurredAt\n          before\n          after\n        }\n      }\n    }\n  }\n": types.CharterHistoryDocument,
    "\n  mutation CreateCouncil($input: CreateCouncilInput!) {\n    createCouncil(input: $input) {\n      id\n      slug\n    }\n  }\n": types.CreateCouncilDocument,
    "\n  mutation UpdateCharter($input: UpdateCouncilCharterInput!) {\n    updateCouncilCharter(input: $input) {\n      id\n      charter {\n        version\n      }\n    }\n  }\n": types.UpdateCharterDocument,
    "\n  mutation AddCouncilMember($input: AddCouncilMemberInput!) {\n    addCouncilMember(input: $input) {\n      id\n    }\n  }\n": types.AddCouncilMemberDocument,
    "\n  mutation EndMembership($input: EndMembershipInput!) {\n    endMembership(input: $input) {\n      id\n    }\n  }\n": types.EndMembershipDocument,
    "\n  mutation AnnounceSortition($input: AnnounceSortitionInput!) {\n    announceSortition(input: $input) {\n      id\n    }\n  }\n": types.AnnounceSortitionDocument,
    "\n  mutation RunSortition($input: RunSortitionInput!) {\n    runSortition(input: $input) {\n      id\n    }\n  }\n": types.RunSortitionDocument,
    "\n  query SearchAccounts($query: String!) {\n    searchAccounts(query: $query, first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          displayName\n          email\n          role\n        }\n      }\n    }\n  }\n": types.SearchAccountsDocument,
    "\n  mutation SetAccountRole($input: SetAccountRoleInput!) {\n    setAccountRole(input: $input) {\n      id\n      role\n    }\n  }\n": types.SetAccountRoleDocument,
    "\n  query QueueHealth {\n    queueMetrics {\n      name\n      waiting\n      active\n      delayed\n      completed\n      failed\n    }\n    failedJobs(first: 20) {\n      jobId\n      jobName\n      attempts\n      failedAt\n      error\n    }\n  }\n": types.QueueHealthDocument,
    "\n  query StaffAccounts {\n    staffAccounts(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          displayName\n          email\n          role\n        }\n      }\n    }\n  }\n": types.StaffAccountsDocument,
    "\n  query CouncilCreated($slug: String!) {\n    council(slug: $slug) {\n      id\n      name\n      neighbourhood\n      perimeterDescription\n      createdAt\n    }\n  }\n": types.CouncilCreatedDocument,
    "\n  query WorksList($scope: WorksScope) {\n    worksProjects(scope: $scope) {\n      id\n      title\n      address\n      startsOn\n      endsOn\n      phase\n      detourVersion\n      councils {\n        id\n        name\n      }\n      detours {\n        version\n        accessible\n      }\n    }\n  }\n": types.WorksListDocument,
    "\n  query WorksPage($id: ID!) {\n    worksProject(id: $id) {\n      id\n      title\n      description\n      address\n      geometry\n      startsOn\n      endsOn\n      assessmentDueOn\n      phase\n      detourVersion\n      viewerFollows\n      viewerAssessmentRequests {\n        associationId\n      }\n      councils {\n        id\n        name\n        slug\n      }\n      detours {\n        id\n        version\n        description\n        accessible\n        reason\n        createdAt\n      }\n      reports {\n        id\n        detourVersion\n        problem\n        place\n        description\n        createdAt\n        answer\n        answeredAt\n      }\n      assessmentRequests {\n        associationId\n        associationName\n        assessed\n      }\n      assessments {\n        id\n        associationName\n        detourVersion\n        opinion\n        comment\n        createdAt\n      }\n    }\n  }\n": types.WorksPageDocument,
    "\n  mutation PostWorks($input: PostWorksInput!) {\n    postWorks(input: $input) {\n      id\n    }\n  }\n": types.PostWorksDocument,
    "\n  mutation ChangeDetour($input: ChangeDetourInput!) {\n    changeDetour(input: $input) {\n      id\n      detourVersion\n    }\n  }\n": types.ChangeDetourDocument,
    "\n  mutation ReportDetour($input: ReportDetourProblemInput!) {\n    reportDetourProblem(input: $input) {\n      id\n    }\n  }\n": types.ReportDetourDocument,
    "\n  mutation AnswerDetourReport($input: AnswerDetourReportInput!) {\n    answerDetourReport(input: $input) {\n      id\n      answer\n    }\n  }\n": types.AnswerDetourReportDocument,
    "\n  mutation FollowWorks($id: ID!) {\n    followWorks(id: $id) {\n      id\n      viewerFollows\n    }\n  }\n": types.FollowWorksDocument,
    "\n  mutation UnfollowWorks($id: ID!) {\n    unfollowWorks(id: $id) {\n      id\n      viewerFollows\n    }\n  }\n": types.UnfollowWorksDocument,
    "\n  query WorksCouncils {\n    councils(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.WorksCouncilsDocument,
    "\n  query WorksToAssess($id: ID!) {\n    worksProject(id: $id) {\n      id\n      title\n      address\n      startsOn\n      endsOn\n      assessmentDueOn\n      detourVersion\n      detours {\n        id\n        version\n        description\n        accessible\n      }\n      viewerAssessmentRequests {\n        associationId\n        associationName\n      }\n      assessments {\n        id\n        associationName\n        opinion\n        comment\n      }\n    }\n  }\n": types.WorksToAssessDocument,
    "\n  mutation AssessWorks($input: AssessWorksInput!) {\n    assessWorks(input: $input) {\n      id\n    }\n  }\n": types.AssessWorksDocument,
    "\n  mutation UpdateWorks($input: UpdateWorksInput!) {\n    updateWorks(input: $input) {\n      id\n    }\n  }\n": types.UpdateWorksDocument,
    "\n  query Places($councilId: ID) {\n    places(councilId: $councilId) {\n      id\n      name\n      kind\n      address\n      councilId\n      councilName\n      entrance\n      toilets\n      hearingLoop\n      parking\n      overall\n      checkedOn\n      plannedWorks\n      plannedWorksOn\n      openReports\n      warning\n    }\n  }\n": types.PlacesDocument,
    "\n  query PlacesProgress {\n    placesProgress {\n      termEndsOn\n      today {\n        accessible\n        notAccessible\n        unknown\n      }\n      byKind {\n        key\n        label\n        accessible\n        notAccessible\n        unknown\n      }\n      byCouncil {\n        key\n        label\n        accessible\n        notAccessible\n        unknown\n      }\n      series {\n        month\n        day\n        accessible\n        notAccessible\n        unknown\n      }\n    }\n  }\n": types.PlacesProgressDocument,
    "\n  query Place($id: ID!) {\n    place(id: $id) {\n      id\n      name\n      kind\n      address\n      councilId\n      councilName\n      entrance\n      toilets\n      hearingLoop\n      parking\n      overall\n      evidence\n      checkedOn\n      plannedWorks\n      plannedWorksOn\n      openReports\n      warning\n      checks {\n        id\n        checkedOn\n        entrance\n        toilets\n        hearingLoop\n        parking\n        overall\n        evidence\n      }\n      reports {\n        id\n        body\n        createdAt\n        answer\n        answeredAt\n      }\n    }\n  }\n": types.PlaceDocument,
    "\n  mutation CreatePlace($input: PlaceInput!) {\n    createPlace(input: $input) {\n      id\n    }\n  }\n": types.CreatePlaceDocument,
    "\n  mutation UpdatePlace($input: UpdatePlaceInput!) {\n    updatePlace(input: $input) {\n      id\n    }\n  }\n": types.UpdatePlaceDocument,
    "\n  mutation ReportPlaceProblem($input: ReportPlaceProblemInput!) {\n    reportPlaceProblem(input: $input) {\n      id\n    }\n  }\n": types.ReportPlaceProblemDocument,
    "\n  mutation AnswerPlaceReport($input: AnswerPlaceReportInput!) {\n    answerPlaceReport(input: $input) {\n      id\n    }\n  }\n": types.AnswerPlaceReportDocument,
    "\n  query MeetingRegisteredPlace($id: ID!) {\n    meeting(id: $id) {\n      id\n      registeredPlace {\n        id\n        name\n        overall\n        notAccessible\n        warning\n      }\n    }\n  }\n": types.MeetingRegisteredPlaceDocument,
    "\n  query SolidarityPage($council: String, $association: ID, $first: Int, $after: String) {\n    solidarityEntries(council: $council, association: $association, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          description\n          audience\n          address\n          hours\n          access\n          accessibility\n          languages\n          cost\n          contact\n          soliguideUrl\n          runBy\n          councilName\n          lastCheckedOn\n          stale\n          viewerCanEdit\n        }\n      }\n    }\n  }\n": types.SolidarityPageDocument,
    "\n  query SolidarityEntry($id: ID!) {\n    solidarityEntry(id: $id) {\n      id\n      title\n      description\n      audience\n      address\n      hours\n      access\n      accessibility\n      languages\n      cost\n      contact\n      soliguideUrl\n      associationId\n      associationName\n      operatorName\n      runBy\n      councilId\n      councilName\n      status\n      lastCheckedOn\n      checkDueOn\n      stale\n      viewerCanEdit\n    }\n  }\n": types.SolidarityEntryDocument,
    "\n  query EditableSolidarityEntries($after: String) {\n    editableSolidarityEntries(after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          runBy\n          councilName\n          status\n          lastCheckedOn\n          stale\n        }\n      }\n    }\n    myAssociations {\n      id\n      name\n      status\n    }\n  }\n": types.EditableSolidarityEntriesDocument,
    "\n  mutation CreateSolidarityEntry($input: CreateSolidarityEntryInput!) {\n    createSolidarityEntry(input: $input) {\n      id\n    }\n  }\n": types.CreateSolidarityEntryDocument,
    "\n  mutation UpdateSolidarityEntry($input: UpdateSolidarityEntryInput!) {\n    updateSolidarityEntry(input: $input) {\n      id\n      lastCheckedOn\n    }\n  }\n": types.UpdateSolidarityEntryDocument,
    "\n  mutation ConfirmSolidarityEntry($entryId: ID!) {\n    confirmSolidarityEntry(entryId: $entryId) {\n      id\n      lastCheckedOn\n    }\n  }\n": types.ConfirmSolidarityEntryDocument,
    "\n  mutation SetSolidarityEntryStatus($input: SolidarityEntryStatusInput!) {\n    setSolidarityEntryStatus(input: $input) {\n      id\n      status\n    }\n  }\n": types.SetSolidarityEntryStatusDocument,
    "\n  mutation ImportSolidarityEntries($input: ImportSolidarityEntriesInput!) {\n    importSolidarityEntries(input: $input) {\n      imported\n      rejected {\n        line\n        reason\n      }\n    }\n  }\n": types.ImportSolidarityEntriesDocument,
    "\n  query Associations($after: String) {\n    associations(after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          description\n          fields\n          website\n        }\n      }\n    }\n  }\n": types.AssociationsDocument,
    "\n  query Association($id: ID!) {\n    association(id: $id) {\n      id\n      name\n      description\n      fields\n      contactEmail\n      contactPhone\n      website\n      status\n      viewerIsMember\n      members {\n        accountId\n        displayName\n      }\n      seats {\n        councilSlug\n        councilName\n        displayName\n      }\n    }\n  }\n": types.AssociationDocument,
    "\n  query AssociationManage($id: ID!) {\n    association(id: $id) {\n      id\n      name\n      description\n      fields\n      contactEmail\n      contactPhone\n      website\n      status\n      statusReason\n      viewerIsMember\n      members {\n        accountId\n        displayName\n        since\n      }\n      seats {\n        councilSlug\n        councilName\n        displayName\n      }\n    }\n  }\n": types.AssociationManageDocument,
    "\n  query MyAssociations {\n    myAssociations {\n      id\n      name\n      status\n      fields\n    }\n  }\n": types.MyAssociationsDocument,
    "\n  query AgentAssociations($status: AssociationStatus, $after: String) {\n    associations(status: $status, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          description\n          fields\n          contactEmail\n          status\n          statusReason\n          createdAt\n          members {\n            accountId\n            displayName\n          }\n          seats {\n            councilName\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.AgentAssociationsDocument,
    "\n  mutation ProposeAssociation($input: AssociationInput!) {\n    proposeAssociation(input: $input) {\n      id\n    }\n  }\n": types.ProposeAssociationDocument,
    "\n  mutation UpdateAssociation($input: UpdateAssociationInput!) {\n    updateAssociation(input: $input) {\n      id\n    }\n  }\n": types.UpdateAssociationDocument,
    "\n  mutation AddAssociationMemberByEmail($input: AssociationMemberByEmailInput!) {\n    addAssociationMemberByEmail(input: $input) {\n      id\n    }\n  }\n": types.AddAssociationMemberByEmailDocument,
    "\n  mutation RemoveAssociationMember($input: AssociationMemberInput!) {\n    removeAssociationMember(input: $input) {\n      id\n      viewerIsMember\n    }\n  }\n": types.RemoveAssociationMemberDocument,
    "\n  mutation DecideOnAssociation($input: DecideOnAssociationInput!) {\n    decideOnAssociation(input: $input) {\n      id\n      status\n    }\n  }\n": types.DecideOnAssociationDocument,
    "\n  mutation SeatAssociationInCouncil($input: SeatAssociationInput!) {\n    seatAssociationInCouncil(input: $input) {\n      id\n    }\n  }\n": types.SeatAssociationInCouncilDocument,
    "\n  mutation HideDetourReport($input: HideDetourReportInput!) {\n    hideDetourReport(input: $input) {\n      id\n    }\n  }\n": types.HideDetourReportDocument,
    "\n  mutation HidePlaceReport($input: HidePlaceReportInput!) {\n    hidePlaceReport(input: $input) {\n      id\n    }\n  }\n": types.HidePlaceReportDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProposalCard on Proposal {\n    id\n    title\n    status\n    category\n    authorName\n    publishedAt\n    createdAt\n    expiresAt\n    supportCount\n    supportThreshold\n    council {\n      name\n      slug\n      neighbourhood\n      neighbourhoodKey\n    }\n  }\n"): typeof import('./graphql').ProposalCardFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      displayName\n      email\n      emailVerified\n      role\n      residency {\n        neighbourhood\n        method\n      }\n    }\n    mySeats {\n      councilId\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Refresh($refreshToken: String!) {\n    refreshToken(refreshToken: $refreshToken) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n    }\n  }\n"): typeof import('./graphql').RefreshDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      ok\n      message\n    }\n  }\n"): typeof import('./graphql').RegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token)\n  }\n"): typeof import('./graphql').VerifyEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email) {\n      ok\n      message\n    }\n  }\n"): typeof import('./graphql').RequestPasswordResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"): typeof import('./graphql').ResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimResidency($input: ClaimResidencyInput!) {\n    claimResidency(input: $input) {\n      residency {\n        neighbourhood\n      }\n    }\n  }\n"): typeof import('./graphql').ClaimResidencyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Home {\n    councils(first: 50) {\n      edges {\n        node {\n          id\n          name\n          slug\n          neighbourhood\n        }\n      }\n    }\n    latest: proposals(first: 5, orderBy: NEWEST) {\n      edges {\n        node {\n          ...ProposalCard\n        }\n      }\n    }\n    qualified: proposals(first: 5, status: QUALIFIED) {\n      edges {\n        node {\n          ...ProposalCard\n        }\n      }\n    }\n    adopted: proposals(first: 20, status: ADOPTED) {\n      edges {\n        node {\n          ...ProposalCard\n          answerOverdue\n          answerDeadline\n        }\n      }\n    }\n    meetings(first: 5, status: CONVENED) {\n      edges {\n        node {\n          id\n          startsAt\n          place\n          councilId\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').HomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Proposals(\n    $first: Int\n    $after: String\n    $search: String\n    $status: ProposalStatus\n    $category: ProposalCategory\n    $councilId: ID\n    $orderBy: ProposalOrder\n  ) {\n    proposals(\n      first: $first\n      after: $after\n      search: $search\n      status: $status\n      category: $category\n      councilId: $councilId\n      orderBy: $orderBy\n    ) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...ProposalCard\n        }\n      }\n    }\n    councils(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ProposalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Proposal($id: ID!) {\n    proposal(id: $id) {\n      ...ProposalCard\n      authorId\n      bodyHtml\n      bodyMarkdown\n      address\n      qualifiedAt\n      decidedAt\n      answeredAt\n      implementedAt\n      answerDeadline\n      answerOverdue\n      answerJustification\n      hiddenReason\n      viewerSupports\n      viewerFollows\n      answer\n      oppositionStatements {\n        id\n        bodyHtml\n        authorName\n      }\n    }\n  }\n"): typeof import('./graphql').ProposalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Support($id: ID!) {\n    supportProposal(id: $id) {\n      alreadySupported\n      proposal {\n        id\n        status\n        supportCount\n      }\n    }\n  }\n"): typeof import('./graphql').SupportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawSupport($id: ID!) {\n    withdrawSupport(id: $id) {\n      wasSupporting\n    }\n  }\n"): typeof import('./graphql').WithdrawSupportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowProposal($id: ID!) {\n    followProposal(id: $id) {\n      following\n    }\n  }\n"): typeof import('./graphql').FollowProposalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnfollowProposal($id: ID!) {\n    unfollowProposal(id: $id) {\n      following\n    }\n  }\n"): typeof import('./graphql').UnfollowProposalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Comment($input: CommentOnProposalInput!) {\n    commentOnProposal(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimilarProposals($title: String!, $councilId: ID) {\n    similarProposals(title: $title, councilId: $councilId) {\n      id\n      title\n      status\n    }\n  }\n"): typeof import('./graphql').SimilarProposalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitProposal($input: SubmitProposalInput!) {\n    submitProposal(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').SubmitProposalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishProposal($id: ID!) {\n    publishProposal(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').PublishProposalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Councils {\n    councils(first: 100) {\n      edges {\n        node {\n          id\n          name\n          slug\n          neighbourhood\n          neighbourhoodKey\n          perimeterDescription\n          followersCount\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CouncilsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Council($slug: String!) {\n    council(slug: $slug) {\n      id\n      name\n      slug\n      neighbourhood\n      perimeterDescription\n      followersCount\n      viewerFollows\n      charter {\n        supportThreshold\n        supportWindowDays\n        responseDeadlineDays\n        convocationNoticeDays\n        minutesPublicationDays\n        oppositionAgendaQuota\n        termYears\n        quorum\n      }\n      colleges {\n        college\n        seats\n        members {\n          id\n          displayName\n          role\n          termStart\n          termEnd\n          drawnByLot\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CouncilDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowCouncil($id: ID!) {\n    followCouncil(councilId: $id) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').FollowCouncilDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnfollowCouncil($id: ID!) {\n    unfollowCouncil(councilId: $id) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').UnfollowCouncilDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Meetings($after: String, $councilId: ID) {\n    meetings(first: 20, after: $after, councilId: $councilId) {\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          startsAt\n          place\n          status\n          accessible\n          councilId\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MeetingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      id\n      startsAt\n      place\n      status\n      accessible\n      accessibilityDetails\n      isPublic\n      cancelReason\n      councilId\n      agenda {\n        id\n        position\n        title\n        descriptionHtml\n        kind\n        proposalId\n      }\n    }\n  }\n"): typeof import('./graphql').MeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Inbox {\n    notificationPreferences {\n      event\n      label\n      mode\n    }\n    notifications(first: 50) {\n      edges {\n        node {\n          id\n          title\n          body\n          link\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').InboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n"): typeof import('./graphql').MarkReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Export {\n    exportMyData\n  }\n"): typeof import('./graphql').ExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n"): typeof import('./graphql').DeleteAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      event\n      mode\n    }\n  }\n"): typeof import('./graphql').UpdatePreferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      title\n      link\n    }\n  }\n"): typeof import('./graphql').NotificationAddedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposalComments($id: ID!, $after: String) {\n    proposal(id: $id) {\n      id\n      commentPage(first: 50, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            parentId\n            authorId\n            authorName\n            bodyHtml\n            bodyMarkdown\n            createdAt\n            editedAt\n            hiddenReason\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ProposalCommentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      id\n      editedAt\n    }\n  }\n"): typeof import('./graphql').EditCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportContent($input: ReportContentInput!) {\n    reportContent(input: $input)\n  }\n"): typeof import('./graphql').ReportContentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProposals($authorId: ID!, $supportedAfter: String, $authoredAfter: String) {\n    authored: proposals(authorId: $authorId, first: 10, after: $authoredAfter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          supportCount\n        }\n      }\n    }\n    supported: proposals(supportedByMe: true, first: 10, after: $supportedAfter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          supportCount\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyProposalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingRecord($id: ID!) {\n    meeting(id: $id) {\n      id\n      startsAt\n      place\n      status\n      accessible\n      accessibilityDetails\n      isPublic\n      cancelReason\n      councilId\n      openedAt\n      closedAt\n      quorum {\n        membersInOffice\n        required\n        present\n        represented\n        reached\n      }\n      agenda {\n        id\n        position\n        title\n        descriptionHtml\n        kind\n        proposalId\n        ballot {\n          id\n          status\n          secret\n          votesCast\n          closedAt\n          result {\n            for\n            against\n            abstain\n            present\n            quorumRequired\n            quorumHeld\n            adopted\n          }\n          rollCall {\n            voterId\n            voterName\n            castBy\n            choice\n          }\n        }\n      }\n      minutes {\n        id\n        version\n        status\n        publishedAt\n        contentHash\n        previousVersionId\n        documentHtml\n        publicationOverdue\n        oppositionStatements {\n          id\n          authorName\n          politicalGroup\n          bodyHtml\n        }\n      }\n      minutesDue {\n        version\n        publicationDue\n        publicationOverdue\n      }\n    }\n  }\n"): typeof import('./graphql').MeetingRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Sortitions($councilId: ID!) {\n    sortitions(councilId: $councilId) {\n      id\n      status\n      seats\n      algorithm\n      seedRule\n      seed\n      announcedAt\n      drawnAt\n      result\n      pool {\n        position\n        volunteerId\n        gender\n        displayName\n      }\n    }\n  }\n"): typeof import('./graphql').SortitionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingMinutes($id: ID!) {\n    meeting(id: $id) {\n      id\n      startsAt\n      place\n      status\n      councilId\n      minutes {\n        id\n        version\n        status\n        summary\n        record\n        document\n        documentHtml\n        submittedAt\n        adoptedAt\n        publishedAt\n        publicationDue\n        publicationOverdue\n        contentHash\n        previousVersionId\n      }\n    }\n  }\n"): typeof import('./graphql').MeetingMinutesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CouncilOffices($slug: String!, $councilId: ID!) {\n    council(slug: $slug) {\n      id\n      name\n      slug\n      colleges {\n        members {\n          accountId\n          role\n        }\n      }\n    }\n    meetings(first: 20, councilId: $councilId, status: DRAFT) {\n      edges {\n        node {\n          id\n          startsAt\n          place\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CouncilOfficesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DraftMinutes($input: DraftMinutesInput!) {\n    draftMinutes(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').DraftMinutesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitMinutes($id: ID!) {\n    submitMinutes(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').SubmitMinutesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishMinutes($id: ID!) {\n    publishMinutes(id: $id) {\n      id\n      meetingId\n      version\n      contentHash\n    }\n  }\n"): typeof import('./graphql').PublishMinutesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMinutesToAgenda($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AddMinutesToAgendaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Accountability {\n    accountability {\n      today\n      townHall {\n        answers {\n          ...DelayStatsFields\n        }\n        publications {\n          ...DelayStatsFields\n        }\n        agendaWaits {\n          ...DelayStatsFields\n        }\n      }\n      councils {\n        councilId\n        name\n        slug\n        answersDue {\n          ...OwedAnswerFields\n        }\n        answersOverdue {\n          ...OwedAnswerFields\n        }\n        answersGiven {\n          ...OwedAnswerFields\n        }\n        minutesAwaitingPublication {\n          ...OwedMinutesFields\n        }\n        minutesOverdue {\n          ...OwedMinutesFields\n        }\n        minutesPublished {\n          ...OwedMinutesFields\n        }\n        qualifiedProposals {\n          proposalId\n          title\n          qualifiedOn\n          waitDays\n          placedOn\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AccountabilityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DelayStatsFields on DelayStats {\n    count\n    overdue\n    averageDays\n    worstDays\n  }\n"): typeof import('./graphql').DelayStatsFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OwedAnswerFields on OwedAnswer {\n    proposalId\n    title\n    decidedOn\n    dueOn\n    answeredOn\n    daysLate\n    delayDays\n    overdue\n  }\n"): typeof import('./graphql').OwedAnswerFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OwedMinutesFields on OwedMinutes {\n    minutesId\n    meetingId\n    meetingStartsAt\n    version\n    adoptedOn\n    dueOn\n    publishedOn\n    daysLate\n    delayDays\n    overdue\n  }\n"): typeof import('./graphql').OwedMinutesFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposalToAnswer($id: ID!) {\n    proposal(id: $id) {\n      id\n      title\n      status\n      bodyHtml\n      decidedAt\n      answer\n      answerDeadline\n      answerOverdue\n      answerJustification\n      answeredAt\n      implementedAt\n      council {\n        name\n        slug\n      }\n    }\n  }\n"): typeof import('./graphql').ProposalToAnswerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnsweredProposals {\n    proposals(first: 100, status: ANSWERED) {\n      edges {\n        node {\n          id\n          title\n          answer\n          answeredAt\n          council {\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AnsweredProposalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerProposal($input: AnswerProposalInput!) {\n    answerProposal(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').AnswerProposalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkImplemented($id: ID!) {\n    markProposalImplemented(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').MarkImplementedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCouncils {\n    councils(first: 100) {\n      edges {\n        node {\n          id\n          name\n          slug\n          neighbourhood\n          charter {\n            convocationNoticeDays\n            oppositionAgendaQuota\n          }\n          colleges {\n            college\n            members {\n              id\n              accountId\n              college\n              role\n              opposition\n              politicalGroup\n              termStart\n              termEnd\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyCouncilsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CouncilMeetings($councilId: ID!) {\n    meetings(first: 50, councilId: $councilId) {\n      edges {\n        node {\n          id\n          startsAt\n          place\n          status\n          accessible\n          isPublic\n          agenda {\n            id\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CouncilMeetingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Convocations {\n    notifications(first: 100) {\n      edges {\n        node {\n          id\n          event\n          title\n          body\n          link\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ConvocationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrepMeeting($id: ID!) {\n    meeting(id: $id) {\n      id\n      councilId\n      startsAt\n      place\n      status\n      accessible\n      accessibilityDetails\n      isPublic\n      cancelReason\n      convenedAt\n      agenda {\n        id\n        position\n        kind\n        title\n        descriptionHtml\n        proposalId\n        addedBy\n      }\n    }\n  }\n"): typeof import('./graphql').PrepMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QualifiedProposals($councilId: ID!) {\n    proposals(councilId: $councilId, status: QUALIFIED, first: 50) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').QualifiedProposalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ScheduleMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAgendaItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AddAgendaItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveAgendaItem($id: ID!) {\n    removeAgendaItem(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').RemoveAgendaItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderAgenda($input: ReorderAgendaInput!) {\n    reorderAgenda(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ReorderAgendaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConvokeMeeting($id: ID!) {\n    convokeMeeting(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ConvokeMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelMeeting($input: CancelMeetingInput!) {\n    cancelMeeting(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').CancelMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StatementFields on OppositionStatement {\n    id\n    authorId\n    authorName\n    politicalGroup\n    body\n    bodyHtml\n    updatedAt\n  }\n"): typeof import('./graphql').StatementFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatementTargets($councilId: ID!) {\n    meetings(first: 30, councilId: $councilId, status: CLOSED) {\n      edges {\n        node {\n          id\n          startsAt\n          minutes {\n            id\n            version\n            status\n            oppositionStatements {\n              ...StatementFields\n            }\n          }\n        }\n      }\n    }\n    answered: proposals(councilId: $councilId, status: ANSWERED, first: 50) {\n      edges {\n        node {\n          id\n          title\n          answeredAt\n          oppositionStatements {\n            ...StatementFields\n          }\n        }\n      }\n    }\n    implemented: proposals(councilId: $councilId, status: IMPLEMENTED, first: 50) {\n      edges {\n        node {\n          id\n          title\n          answeredAt\n          oppositionStatements {\n            ...StatementFields\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StatementTargetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddStatement($input: AddOppositionStatementInput!) {\n    addOppositionStatement(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AddStatementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateStatement($input: UpdateOppositionStatementInput!) {\n    updateOppositionStatement(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdateStatementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TownHallDashboard {\n    residentsAwaitingVerification(first: 1) {\n      totalCount\n    }\n    contestedResidencyClaims(first: 1) {\n      totalCount\n    }\n    moderationQueue {\n      targetId\n      hidden\n    }\n    accountability {\n      today\n      councils {\n        councilId\n        name\n        slug\n        answersDue {\n          proposalId\n        }\n        answersOverdue {\n          proposalId\n        }\n        minutesAwaitingPublication {\n          minutesId\n        }\n        minutesOverdue {\n          minutesId\n        }\n        qualifiedProposals {\n          proposalId\n          placedOn\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TownHallDashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResidentsPage($after: String, $search: String!, $searching: Boolean!) {\n    residentsAwaitingVerification(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          displayName\n          email\n          createdAt\n        }\n      }\n    }\n    searchAccounts(query: $search, first: 20) @include(if: $searching) {\n      totalCount\n      edges {\n        node {\n          id\n          displayName\n          email\n          createdAt\n          emailVerified\n          residency {\n            neighbourhood\n            method\n            verifiedAt\n          }\n        }\n      }\n    }\n    contestedResidencyClaims(first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          claimedAt\n          claimant {\n            id\n            displayName\n            email\n          }\n          currentHolder {\n            displayName\n            email\n          }\n        }\n      }\n    }\n    councils(first: 100) {\n      edges {\n        node {\n          id\n          name\n          neighbourhood\n        }\n      }\n    }\n    verified: auditLog(first: 20, filter: { action: \"resident.verified\" }) {\n      ...VerificationEvents\n    }\n    claimed: auditLog(first: 20, filter: { action: \"resident.census-claimed\" }) {\n      ...VerificationEvents\n    }\n    imports: auditLog(first: 10, filter: { action: \"census.imported\" }) {\n      ...VerificationEvents\n    }\n  }\n\n  fragment VerificationEvents on AuditLogConnection {\n    edges {\n      node {\n        id\n        action\n        actorId\n        actorRole\n        objectId\n        occurredAt\n        after\n      }\n    }\n  }\n"): typeof import('./graphql').ResidentsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyResident($input: VerifyResidentInput!) {\n    verifyResident(input: $input) {\n      id\n      displayName\n      residency {\n        neighbourhood\n      }\n    }\n  }\n"): typeof import('./graphql').VerifyResidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportCensus($input: ImportCensusInput!) {\n    importCensus(input: $input) {\n      importId\n      accepted\n      rejected\n      rejections {\n        line\n        reason\n      }\n    }\n  }\n"): typeof import('./graphql').ImportCensusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationPage {\n    moderationQueue {\n      targetType\n      targetId\n      proposalId\n      excerpt\n      openReports\n      reasons\n      hidden\n      lastReportedAt\n    }\n    hides: auditLog(first: 50, filter: { action: \"content.hidden\" }) {\n      ...ModerationEvents\n    }\n    restores: auditLog(first: 50, filter: { action: \"content.restored\" }) {\n      ...ModerationEvents\n    }\n  }\n\n  fragment ModerationEvents on AuditLogConnection {\n    edges {\n      node {\n        id\n        objectType\n        objectId\n        occurredAt\n        after\n      }\n    }\n  }\n"): typeof import('./graphql').ModerationPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModerateContent($input: ModerateContentInput!) {\n    moderateContent(input: $input) {\n      targetType\n      targetId\n      hidden\n      hiddenReason\n    }\n  }\n"): typeof import('./graphql').ModerateContentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingDay($id: ID!) {\n    meeting(id: $id) {\n      id\n      startsAt\n      place\n      status\n      councilId\n      openedAt\n      closedAt\n      attendance {\n        accountId\n        displayName\n        status\n        proxyHolderId\n      }\n      quorum {\n        membersInOffice\n        required\n        present\n        represented\n        reached\n      }\n      agenda {\n        id\n        position\n        title\n        kind\n        ballot {\n          id\n          status\n          secret\n          votesCast\n          openedAt\n          closedAt\n          result {\n            for\n            against\n            abstain\n            present\n            quorumRequired\n            quorumHeld\n            adopted\n          }\n          rollCall {\n            voterId\n            voterName\n            castBy\n            choice\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MeetingDayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CouncilMembers($slug: String!) {\n    council(slug: $slug) {\n      id\n      name\n      slug\n      charter {\n        quorum\n      }\n      colleges {\n        college\n        members {\n          accountId\n          displayName\n          role\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CouncilMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenMeeting($id: ID!) {\n    openMeeting(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').OpenMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseMeeting($id: ID!) {\n    closeMeeting(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').CloseMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      id\n      quorum {\n        present\n        represented\n        required\n        reached\n      }\n    }\n  }\n"): typeof import('./graphql').RecordAttendanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenBallot($input: OpenBallotInput!) {\n    openBallot(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').OpenBallotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CastVote($input: CastVoteInput!) {\n    castVote(input: $input) {\n      id\n      votesCast\n    }\n  }\n"): typeof import('./graphql').CastVoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseBallot($id: ID!) {\n    closeBallot(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').CloseBallotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BallotUpdated($meetingId: ID!) {\n    ballotUpdated(meetingId: $meetingId) {\n      id\n      status\n      votesCast\n    }\n  }\n"): typeof import('./graphql').BallotUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCouncil($slug: String!) {\n    council(slug: $slug) {\n      id\n      name\n      slug\n      neighbourhood\n      perimeterDescription\n      charter {\n        version\n        changedAt\n        supportThreshold\n        supportWindowDays\n        responseDeadlineDays\n        convocationNoticeDays\n        minutesPublicationDays\n        oppositionAgendaQuota\n        termYears\n        quorum\n        residentCoChairRequired\n        seats {\n          residents\n          associations\n          electedMajority\n          electedOpposition\n        }\n      }\n      colleges {\n        college\n        seats\n        members {\n          id\n          accountId\n          displayName\n          role\n          politicalGroup\n          termStart\n          termEnd\n          drawnByLot\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminCouncilDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CharterHistory($councilId: String!) {\n    auditLog(\n      first: 50\n      filter: { objectType: \"council\", objectId: $councilId, action: \"council.charter-updated\" }\n    ) {\n      edges {\n        node {\n          id\n          occurredAt\n          before\n          after\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CharterHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCouncil($input: CreateCouncilInput!) {\n    createCouncil(input: $input) {\n      id\n      slug\n    }\n  }\n"): typeof import('./graphql').CreateCouncilDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCharter($input: UpdateCouncilCharterInput!) {\n    updateCouncilCharter(input: $input) {\n      id\n      charter {\n        version\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateCharterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCouncilMember($input: AddCouncilMemberInput!) {\n    addCouncilMember(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AddCouncilMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndMembership($input: EndMembershipInput!) {\n    endMembership(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').EndMembershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnnounceSortition($input: AnnounceSortitionInput!) {\n    announceSortition(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AnnounceSortitionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunSortition($input: RunSortitionInput!) {\n    runSortition(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').RunSortitionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchAccounts($query: String!) {\n    searchAccounts(query: $query, first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          displayName\n          email\n          role\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SearchAccountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAccountRole($input: SetAccountRoleInput!) {\n    setAccountRole(input: $input) {\n      id\n      role\n    }\n  }\n"): typeof import('./graphql').SetAccountRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueueHealth {\n    queueMetrics {\n      name\n      waiting\n      active\n      delayed\n      completed\n      failed\n    }\n    failedJobs(first: 20) {\n      jobId\n      jobName\n      attempts\n      failedAt\n      error\n    }\n  }\n"): typeof import('./graphql').QueueHealthDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffAccounts {\n    staffAccounts(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          displayName\n          email\n          role\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StaffAccountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CouncilCreated($slug: String!) {\n    council(slug: $slug) {\n      id\n      name\n      neighbourhood\n      perimeterDescription\n      createdAt\n    }\n  }\n"): typeof import('./graphql').CouncilCreatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorksList($scope: WorksScope) {\n    worksProjects(scope: $scope) {\n      id\n      title\n      address\n      startsOn\n      endsOn\n      phase\n      detourVersion\n      councils {\n        id\n        name\n      }\n      detours {\n        version\n        accessible\n      }\n    }\n  }\n"): typeof import('./graphql').WorksListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorksPage($id: ID!) {\n    worksProject(id: $id) {\n      id\n      title\n      description\n      address\n      geometry\n      startsOn\n      endsOn\n      assessmentDueOn\n      phase\n      detourVersion\n      viewerFollows\n      viewerAssessmentRequests {\n        associationId\n      }\n      councils {\n        id\n        name\n        slug\n      }\n      detours {\n        id\n        version\n        description\n        accessible\n        reason\n        createdAt\n      }\n      reports {\n        id\n        detourVersion\n        problem\n        place\n        description\n        createdAt\n        answer\n        answeredAt\n      }\n      assessmentRequests {\n        associationId\n        associationName\n        assessed\n      }\n      assessments {\n        id\n        associationName\n        detourVersion\n        opinion\n        comment\n        createdAt\n      }\n    }\n  }\n"): typeof import('./graphql').WorksPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostWorks($input: PostWorksInput!) {\n    postWorks(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').PostWorksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeDetour($input: ChangeDetourInput!) {\n    changeDetour(input: $input) {\n      id\n      detourVersion\n    }\n  }\n"): typeof import('./graphql').ChangeDetourDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportDetour($input: ReportDetourProblemInput!) {\n    reportDetourProblem(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ReportDetourDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerDetourReport($input: AnswerDetourReportInput!) {\n    answerDetourReport(input: $input) {\n      id\n      answer\n    }\n  }\n"): typeof import('./graphql').AnswerDetourReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowWorks($id: ID!) {\n    followWorks(id: $id) {\n      id\n      viewerFollows\n    }\n  }\n"): typeof import('./graphql').FollowWorksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnfollowWorks($id: ID!) {\n    unfollowWorks(id: $id) {\n      id\n      viewerFollows\n    }\n  }\n"): typeof import('./graphql').UnfollowWorksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorksCouncils {\n    councils(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').WorksCouncilsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorksToAssess($id: ID!) {\n    worksProject(id: $id) {\n      id\n      title\n      address\n      startsOn\n      endsOn\n      assessmentDueOn\n      detourVersion\n      detours {\n        id\n        version\n        description\n        accessible\n      }\n      viewerAssessmentRequests {\n        associationId\n        associationName\n      }\n      assessments {\n        id\n        associationName\n        opinion\n        comment\n      }\n    }\n  }\n"): typeof import('./graphql').WorksToAssessDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssessWorks($input: AssessWorksInput!) {\n    assessWorks(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AssessWorksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWorks($input: UpdateWorksInput!) {\n    updateWorks(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdateWorksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Places($councilId: ID) {\n    places(councilId: $councilId) {\n      id\n      name\n      kind\n      address\n      councilId\n      councilName\n      entrance\n      toilets\n      hearingLoop\n      parking\n      overall\n      checkedOn\n      plannedWorks\n      plannedWorksOn\n      openReports\n      warning\n    }\n  }\n"): typeof import('./graphql').PlacesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlacesProgress {\n    placesProgress {\n      termEndsOn\n      today {\n        accessible\n        notAccessible\n        unknown\n      }\n      byKind {\n        key\n        label\n        accessible\n        notAccessible\n        unknown\n      }\n      byCouncil {\n        key\n        label\n        accessible\n        notAccessible\n        unknown\n      }\n      series {\n        month\n        day\n        accessible\n        notAccessible\n        unknown\n      }\n    }\n  }\n"): typeof import('./graphql').PlacesProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Place($id: ID!) {\n    place(id: $id) {\n      id\n      name\n      kind\n      address\n      councilId\n      councilName\n      entrance\n      toilets\n      hearingLoop\n      parking\n      overall\n      evidence\n      checkedOn\n      plannedWorks\n      plannedWorksOn\n      openReports\n      warning\n      checks {\n        id\n        checkedOn\n        entrance\n        toilets\n        hearingLoop\n        parking\n        overall\n        evidence\n      }\n      reports {\n        id\n        body\n        createdAt\n        answer\n        answeredAt\n      }\n    }\n  }\n"): typeof import('./graphql').PlaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePlace($input: PlaceInput!) {\n    createPlace(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreatePlaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePlace($input: UpdatePlaceInput!) {\n    updatePlace(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdatePlaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportPlaceProblem($input: ReportPlaceProblemInput!) {\n    reportPlaceProblem(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ReportPlaceProblemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerPlaceReport($input: AnswerPlaceReportInput!) {\n    answerPlaceReport(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AnswerPlaceReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingRegisteredPlace($id: ID!) {\n    meeting(id: $id) {\n      id\n      registeredPlace {\n        id\n        name\n        overall\n        notAccessible\n        warning\n      }\n    }\n  }\n"): typeof import('./graphql').MeetingRegisteredPlaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SolidarityPage($council: String, $association: ID, $first: Int, $after: String) {\n    solidarityEntries(council: $council, association: $association, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          description\n          audience\n          address\n          hours\n          access\n          accessibility\n          languages\n          cost\n          contact\n          soliguideUrl\n          runBy\n          councilName\n          lastCheckedOn\n          stale\n          viewerCanEdit\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SolidarityPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SolidarityEntry($id: ID!) {\n    solidarityEntry(id: $id) {\n      id\n      title\n      description\n      audience\n      address\n      hours\n      access\n      accessibility\n      languages\n      cost\n      contact\n      soliguideUrl\n      associationId\n      associationName\n      operatorName\n      runBy\n      councilId\n      councilName\n      status\n      lastCheckedOn\n      checkDueOn\n      stale\n      viewerCanEdit\n    }\n  }\n"): typeof import('./graphql').SolidarityEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditableSolidarityEntries($after: String) {\n    editableSolidarityEntries(after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          runBy\n          councilName\n          status\n          lastCheckedOn\n          stale\n        }\n      }\n    }\n    myAssociations {\n      id\n      name\n      status\n    }\n  }\n"): typeof import('./graphql').EditableSolidarityEntriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSolidarityEntry($input: CreateSolidarityEntryInput!) {\n    createSolidarityEntry(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateSolidarityEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSolidarityEntry($input: UpdateSolidarityEntryInput!) {\n    updateSolidarityEntry(input: $input) {\n      id\n      lastCheckedOn\n    }\n  }\n"): typeof import('./graphql').UpdateSolidarityEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmSolidarityEntry($entryId: ID!) {\n    confirmSolidarityEntry(entryId: $entryId) {\n      id\n      lastCheckedOn\n    }\n  }\n"): typeof import('./graphql').ConfirmSolidarityEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSolidarityEntryStatus($input: SolidarityEntryStatusInput!) {\n    setSolidarityEntryStatus(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').SetSolidarityEntryStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportSolidarityEntries($input: ImportSolidarityEntriesInput!) {\n    importSolidarityEntries(input: $input) {\n      imported\n      rejected {\n        line\n        reason\n      }\n    }\n  }\n"): typeof import('./graphql').ImportSolidarityEntriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Associations($after: String) {\n    associations(after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          description\n          fields\n          website\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AssociationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Association($id: ID!) {\n    association(id: $id) {\n      id\n      name\n      description\n      fields\n      contactEmail\n      contactPhone\n      website\n      status\n      viewerIsMember\n      members {\n        accountId\n        displayName\n      }\n      seats {\n        councilSlug\n        councilName\n        displayName\n      }\n    }\n  }\n"): typeof import('./graphql').AssociationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssociationManage($id: ID!) {\n    association(id: $id) {\n      id\n      name\n      description\n      fields\n      contactEmail\n      contactPhone\n      website\n      status\n      statusReason\n      viewerIsMember\n      members {\n        accountId\n        displayName\n        since\n      }\n      seats {\n        councilSlug\n        councilName\n        displayName\n      }\n    }\n  }\n"): typeof import('./graphql').AssociationManageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAssociations {\n    myAssociations {\n      id\n      name\n      status\n      fields\n    }\n  }\n"): typeof import('./graphql').MyAssociationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgentAssociations($status: AssociationStatus, $after: String) {\n    associations(status: $status, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          description\n          fields\n          contactEmail\n          status\n          statusReason\n          createdAt\n          members {\n            accountId\n            displayName\n          }\n          seats {\n            councilName\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AgentAssociationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeAssociation($input: AssociationInput!) {\n    proposeAssociation(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ProposeAssociationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAssociation($input: UpdateAssociationInput!) {\n    updateAssociation(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdateAssociationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAssociationMemberByEmail($input: AssociationMemberByEmailInput!) {\n    addAssociationMemberByEmail(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AddAssociationMemberByEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveAssociationMember($input: AssociationMemberInput!) {\n    removeAssociationMember(input: $input) {\n      id\n      viewerIsMember\n    }\n  }\n"): typeof import('./graphql').RemoveAssociationMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideOnAssociation($input: DecideOnAssociationInput!) {\n    decideOnAssociation(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').DecideOnAssociationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SeatAssociationInCouncil($input: SeatAssociationInput!) {\n    seatAssociationInCouncil(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').SeatAssociationInCouncilDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HideDetourReport($input: HideDetourReportInput!) {\n    hideDetourReport(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').HideDetourReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HidePlaceReport($input: HidePlaceReportInput!) {\n    hidePlaceReport(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').HidePlaceReportDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
