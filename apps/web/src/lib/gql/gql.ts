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
    "\n  query Me {\n    me {\n      id\n      displayName\n      email\n      emailVerified\n      role\n      residency {\n        neighbourhood\n        method\n      }\n    }\n  }\n": typeof types.MeDocument,
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
};
const documents: Documents = {
    "\n  fragment ProposalCard on Proposal {\n    id\n    title\n    status\n    category\n    authorName\n    publishedAt\n    createdAt\n    expiresAt\n    supportCount\n    supportThreshold\n    council {\n      name\n      slug\n      neighbourhood\n      neighbourhoodKey\n    }\n  }\n": types.ProposalCardFragmentDoc,
    "\n  query Me {\n    me {\n      id\n      displayName\n      email\n      emailVerified\n      role\n      residency {\n        neighbourhood\n        method\n      }\n    }\n  }\n": types.MeDocument,
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
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProposalCard on Proposal {\n    id\n    title\n    status\n    category\n    authorName\n    publishedAt\n    createdAt\n    expiresAt\n    supportCount\n    supportThreshold\n    council {\n      name\n      slug\n      neighbourhood\n      neighbourhoodKey\n    }\n  }\n"): typeof import('./graphql').ProposalCardFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      displayName\n      email\n      emailVerified\n      role\n      residency {\n        neighbourhood\n        method\n      }\n    }\n  }\n"): typeof import('./graphql').MeDocument;
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


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
