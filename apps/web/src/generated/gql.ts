/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

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
    "\n  fragment UserFields on User {\n    id\n    loginId\n    displayName\n    role\n    active\n    lockedUntil\n    createdAt\n    version\n    departmentId\n    memberId\n    department {\n      id\n      name\n    }\n    member {\n      id\n      name\n      affiliation\n    }\n  }\n": typeof types.UserFieldsFragmentDoc,
    "\n  query Users {\n    users {\n      ...UserFields\n    }\n    assignableRoles\n    departments {\n      id\n      name\n      bureau\n    }\n    members {\n      id\n      name\n      bodyId\n      sortOrder\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...UserFields\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation SetUserActive($input: SetUserActiveInput!) {\n    setUserActive(input: $input) {\n      ...UserFields\n    }\n  }\n": typeof types.SetUserActiveDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      ...UserFields\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation UnlockUser($input: UnlockUserInput!) {\n    unlockUser(input: $input) {\n      ...UserFields\n    }\n  }\n": typeof types.UnlockUserDocument,
    "\n  query AuditEvents($filter: AuditFilterInput!) {\n    auditEvents(filter: $filter) {\n      hasMore\n      nextCursor\n      events {\n        id\n        at\n        action\n        entityType\n        entityId\n        recordLabel\n        actorName\n        reason\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n    auditActors {\n      id\n      name\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  fragment SessionUser on User {\n    id\n    loginId\n    displayName\n    role\n    departmentId\n    memberId\n    department {\n      id\n      name\n    }\n    member {\n      id\n      name\n    }\n  }\n": typeof types.SessionUserFragmentDoc,
    "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...SessionUser\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  query CycleList {\n    cycles {\n      id\n      fiscalYear\n      phase\n      canEditSetup\n      version\n      startDate\n      endDate\n      sheetDeadline\n      opinionDeadline\n    }\n  }\n": typeof types.CycleListDocument,
    "\n  fragment CycleActionFields on Cycle {\n    id\n    phase\n    version\n    availableActions {\n      event\n      toState\n      failedPreconditions\n      mayOverride\n    }\n    transitions {\n      id\n      event\n      fromState\n      toState\n      actorName\n      comment\n      overridden\n      at\n    }\n  }\n": typeof types.CycleActionFieldsFragmentDoc,
    "\n  query CycleOverview($id: ID!) {\n    cycle(id: $id) {\n      ...CycleActionFields\n      fiscalYear\n      startDate\n      endDate\n      articles {\n        id\n        number\n        title\n      }\n      groups {\n        id\n        name\n      }\n      projects {\n        id\n        name\n        kind\n        page\n        sortOrder\n        articleId\n        verifiedWithId\n        department {\n          id\n          name\n          bureau\n        }\n        group {\n          id\n          name\n        }\n        assignedMembers {\n          id\n          name\n          isChair\n        }\n      }\n    }\n  }\n": typeof types.CycleOverviewDocument,
    "\n  mutation AdvanceCycle($input: AdvanceCycleInput!) {\n    advanceCycle(input: $input) {\n      ...CycleActionFields\n    }\n  }\n": typeof types.AdvanceCycleDocument,
    "\n  query Ordinances {\n    ordinances {\n      id\n      name\n      shortName\n    }\n  }\n": typeof types.OrdinancesDocument,
    "\n  mutation CreateCycle($input: CreateCycleInput!) {\n    createCycle(input: $input) {\n      id\n      fiscalYear\n      phase\n      version\n      startDate\n      endDate\n    }\n  }\n": typeof types.CreateCycleDocument,
    "\n  mutation UpdateCycle($input: UpdateCycleInput!) {\n    updateCycle(input: $input) {\n      id\n      version\n      startDate\n      endDate\n      sheetDeadline\n      opinionDeadline\n    }\n  }\n": typeof types.UpdateCycleDocument,
    "\n  query Home {\n    home {\n      today\n      staff {\n        departmentName\n        sheets {\n          id\n          projectId\n          projectName\n          fiscalYear\n          state\n          deadline {\n            date\n            daysLeft\n          }\n          lastActivity {\n            kind\n            at\n            byName\n            comment\n          }\n        }\n        responses {\n          projectId\n          projectName\n          fiscalYear\n          unanswered\n          drafts\n          returned\n          submitted\n          approved\n        }\n      }\n      member {\n        entries {\n          projectId\n          projectName\n          fiscalYear\n          deadline {\n            date\n            daysLeft\n          }\n          status\n          late\n          opinionsAwaited\n          draftCount\n          submittedCount\n          adoptedCount\n          notedCount\n          councilConfirmedCount\n          sheetId\n        }\n      }\n      secretariat {\n        cycles {\n          cycleId\n          fiscalYear\n          phase\n          sheetDeadline {\n            date\n            daysLeft\n          }\n          opinionDeadline {\n            date\n            daysLeft\n          }\n          sheetCount\n          sheetsSubmitted\n          sheetsReturned\n          sheetsAccepted\n          entriesToConsolidate\n          opinionsToConsolidate\n          councilDraftCount\n          responsesSubmitted\n          opinionsUnanswered\n          lateMembers {\n            memberId\n            name\n            entries\n          }\n        }\n      }\n      admin {\n        activeUsers\n        inactiveUsers\n        lockedUsers\n      }\n    }\n  }\n": typeof types.HomeDocument,
    "\n  fragment OpinionEntryFields on Project {\n    id\n    name\n    sortOrder\n    cycleId\n    article {\n      id\n      number\n      title\n    }\n    department {\n      id\n      name\n    }\n    group {\n      id\n      name\n      sortOrder\n    }\n    relatedProjects {\n      id\n      name\n    }\n  }\n": typeof types.OpinionEntryFieldsFragmentDoc,
    "\n  fragment MemberOpinionFields on MemberOpinion {\n    id\n    projectId\n    memberId\n    kind\n    text\n    state\n    version\n    canEdit\n    createdAt\n    updatedAt\n    submittedAt\n    author {\n      id\n      name\n      sortOrder\n    }\n    usedIn {\n      id\n      position\n      mark\n      text\n      state\n    }\n    availableActions {\n      event\n      failedPreconditions\n    }\n  }\n": typeof types.MemberOpinionFieldsFragmentDoc,
    "\n  fragment CouncilOpinionFields on CouncilOpinion {\n    id\n    projectId\n    position\n    mark\n    text\n    state\n    version\n    confirmedOn\n    confirmedBy\n    updatedAt\n    tags {\n      id\n      mark\n      label\n      legend\n    }\n  }\n": typeof types.CouncilOpinionFieldsFragmentDoc,
    "\n  fragment CouncilOpinionDetailFields on CouncilOpinion {\n    ...CouncilOpinionFields\n    sources {\n      id\n      kind\n      text\n      author {\n        id\n        name\n      }\n    }\n    availableActions {\n      event\n      toState\n      requiresComment\n      failedPreconditions\n    }\n  }\n": typeof types.CouncilOpinionDetailFieldsFragmentDoc,
    "\n  fragment OpinionCycleFields on Cycle {\n    id\n    fiscalYear\n    phase\n    opinionDeadline\n    tags {\n      id\n      mark\n      label\n      legend\n    }\n  }\n": typeof types.OpinionCycleFieldsFragmentDoc,
    "\n  query MyAssignedEntries($cycleId: ID!) {\n    cycle(id: $cycleId) {\n      ...OpinionCycleFields\n    }\n    myAssignedEntries(cycleId: $cycleId) {\n      ...OpinionEntryFields\n      memberOpinions {\n        ...MemberOpinionFields\n      }\n      councilOpinions {\n        ...CouncilOpinionFields\n      }\n    }\n  }\n": typeof types.MyAssignedEntriesDocument,
    "\n  query EntrySheet($projectId: ID!) {\n    project(id: $projectId) {\n      id\n      name\n      article {\n        id\n        number\n        title\n      }\n      department {\n        id\n        name\n      }\n      relatedProjects {\n        id\n        name\n      }\n      sheetState\n      sheet {\n        id\n        state\n        version\n        content {\n          ...SheetContentFields\n        }\n        tags {\n          id\n          mark\n          label\n          legend\n        }\n      }\n    }\n  }\n": typeof types.EntrySheetDocument,
    "\n  query OpinionProgress($cycleId: ID!) {\n    cycle(id: $cycleId) {\n      ...OpinionCycleFields\n    }\n    opinionProgress(cycleId: $cycleId) {\n      assignedCount\n      submittedCount\n      councilDraftCount\n      councilConfirmedCount\n      lateMembers {\n        id\n        name\n      }\n      pendingMembers {\n        id\n        name\n      }\n      project {\n        ...OpinionEntryFields\n      }\n    }\n  }\n": typeof types.OpinionProgressDocument,
    "\n  query Consolidation($cycleId: ID!, $projectId: ID!) {\n    cycle(id: $cycleId) {\n      ...OpinionCycleFields\n      projects {\n        id\n        name\n        verifiedWithId\n        councilOpinions {\n          id\n          confirmedBy\n        }\n      }\n    }\n    project(id: $projectId) {\n      ...OpinionEntryFields\n      verifiedWithId\n      assignedMembers {\n        id\n        name\n        sortOrder\n      }\n      memberOpinions {\n        ...MemberOpinionFields\n      }\n      councilOpinions {\n        ...CouncilOpinionDetailFields\n      }\n    }\n  }\n": typeof types.ConsolidationDocument,
    "\n  query CouncilOpinionRevisions($projectId: ID!) {\n    project(id: $projectId) {\n      id\n      councilOpinions {\n        id\n        version\n        text\n        updatedAt\n        revisions {\n          version\n          text\n          savedAt\n          savedByName\n        }\n      }\n    }\n  }\n": typeof types.CouncilOpinionRevisionsDocument,
    "\n  mutation CreateMemberOpinion($input: CreateMemberOpinionInput!) {\n    createMemberOpinion(input: $input) {\n      ...MemberOpinionFields\n    }\n  }\n": typeof types.CreateMemberOpinionDocument,
    "\n  mutation UpdateMemberOpinion($input: UpdateMemberOpinionInput!) {\n    updateMemberOpinion(input: $input) {\n      ...MemberOpinionFields\n    }\n  }\n": typeof types.UpdateMemberOpinionDocument,
    "\n  mutation DeleteMemberOpinion($input: VersionedRefInput!) {\n    deleteMemberOpinion(input: $input) {\n      id\n    }\n  }\n": typeof types.DeleteMemberOpinionDocument,
    "\n  mutation SubmitMemberOpinion($input: MemberOpinionTransitionInput!) {\n    submitMemberOpinion(input: $input) {\n      ...MemberOpinionFields\n    }\n  }\n": typeof types.SubmitMemberOpinionDocument,
    "\n  mutation AdoptMemberOpinion($input: MemberOpinionTransitionInput!) {\n    adoptMemberOpinion(input: $input) {\n      ...MemberOpinionFields\n    }\n  }\n": typeof types.AdoptMemberOpinionDocument,
    "\n  mutation NoteMemberOpinion($input: MemberOpinionTransitionInput!) {\n    noteMemberOpinion(input: $input) {\n      ...MemberOpinionFields\n    }\n  }\n": typeof types.NoteMemberOpinionDocument,
    "\n  mutation NoteMemberOpinions($input: NoteMemberOpinionsInput!) {\n    noteMemberOpinions(input: $input) {\n      ...MemberOpinionFields\n    }\n  }\n": typeof types.NoteMemberOpinionsDocument,
    "\n  mutation CreateCouncilOpinion($input: CreateCouncilOpinionInput!) {\n    createCouncilOpinion(input: $input) {\n      ...CouncilOpinionDetailFields\n    }\n  }\n": typeof types.CreateCouncilOpinionDocument,
    "\n  mutation UpdateCouncilOpinion($input: UpdateCouncilOpinionInput!) {\n    updateCouncilOpinion(input: $input) {\n      ...CouncilOpinionDetailFields\n    }\n  }\n": typeof types.UpdateCouncilOpinionDocument,
    "\n  mutation MergeCouncilOpinions($input: MergeCouncilOpinionsInput!) {\n    mergeCouncilOpinions(input: $input) {\n      ...CouncilOpinionDetailFields\n    }\n  }\n": typeof types.MergeCouncilOpinionsDocument,
    "\n  mutation SplitCouncilOpinion($input: SplitCouncilOpinionInput!) {\n    splitCouncilOpinion(input: $input) {\n      ...CouncilOpinionDetailFields\n    }\n  }\n": typeof types.SplitCouncilOpinionDocument,
    "\n  mutation ReorderCouncilOpinions($input: ReorderCouncilOpinionsInput!) {\n    reorderCouncilOpinions(input: $input) {\n      ...CouncilOpinionDetailFields\n    }\n  }\n": typeof types.ReorderCouncilOpinionsDocument,
    "\n  mutation DeleteCouncilOpinion($input: VersionedRefInput!) {\n    deleteCouncilOpinion(input: $input) {\n      ...CouncilOpinionDetailFields\n    }\n  }\n": typeof types.DeleteCouncilOpinionDocument,
    "\n  mutation ConfirmCouncilOpinions($input: ConfirmCouncilOpinionsInput!) {\n    confirmCouncilOpinions(input: $input) {\n      ...CouncilOpinionDetailFields\n    }\n  }\n": typeof types.ConfirmCouncilOpinionsDocument,
    "\n  mutation ReopenCouncilOpinion($input: ReopenCouncilOpinionInput!) {\n    reopenCouncilOpinion(input: $input) {\n      ...CouncilOpinionDetailFields\n    }\n  }\n": typeof types.ReopenCouncilOpinionDocument,
    "\n  fragment ResponseFields on Response {\n    id\n    version\n    state\n    position\n    marks\n    text\n    category\n    difficultyReason\n    dueDate\n    submittedAt\n    approvedAt\n    updatedAt\n    updatedByName\n    projectId\n    tags {\n      id\n      mark\n      label\n      legend\n      responseLegend\n    }\n    councilOpinions {\n      id\n      mark\n    }\n    availableActions {\n      event\n      toState\n      requiresComment\n      failedPreconditions\n      mayOverride\n    }\n    permissions {\n      canEdit\n      canDelete\n      seesHistory\n    }\n  }\n": typeof types.ResponseFieldsFragmentDoc,
    "\n  fragment ResponseReviewFields on Response {\n    returned {\n      version\n      text\n      category\n      difficultyReason\n      dueDate\n      marks\n    }\n    transitions {\n      id\n      event\n      fromState\n      toState\n      actorName\n      comment\n      overridden\n      at\n    }\n  }\n": typeof types.ResponseReviewFieldsFragmentDoc,
    "\n  query EntryResponses($id: ID!) {\n    project(id: $id) {\n      id\n      name\n      cycleId\n      page\n      canDraftResponse\n      article {\n        id\n        number\n        title\n      }\n      department {\n        id\n        name\n      }\n      responseProgress {\n        total\n        answered\n        submitted\n        returned\n        approved\n        unanswered\n      }\n      councilOpinions {\n        id\n        mark\n        position\n        text\n        state\n        tags {\n          id\n          mark\n          label\n          legend\n          responseLegend\n        }\n        response {\n          id\n        }\n      }\n      responses {\n        ...ResponseFields\n        ...ResponseReviewFields\n      }\n    }\n  }\n": typeof types.EntryResponsesDocument,
    "\n  query ResponseEntries($cycleId: ID!) {\n    cycle(id: $cycleId) {\n      id\n      fiscalYear\n      phase\n      responseProgress {\n        total\n        answered\n        submitted\n        returned\n        approved\n        unanswered\n      }\n      projects {\n        id\n        name\n        page\n        sortOrder\n        verifiedWithId\n        departmentId\n        article {\n          id\n          number\n        }\n        department {\n          id\n          name\n        }\n        responseProgress {\n          total\n          answered\n          submitted\n          approved\n        }\n      }\n    }\n  }\n": typeof types.ResponseEntriesDocument,
    "\n  query ResponseQueue($filter: ResponseFilterInput!) {\n    responses(filter: $filter) {\n      ...ResponseFields\n      ...ResponseReviewFields\n      project {\n        id\n        name\n        article {\n          id\n          number\n        }\n        department {\n          id\n          name\n        }\n      }\n      councilOpinions {\n        id\n        mark\n        text\n      }\n    }\n  }\n": typeof types.ResponseQueueDocument,
    "\n  query ResponseQueueSetup($cycleId: ID!) {\n    cycle(id: $cycleId) {\n      id\n      articles {\n        id\n        number\n        title\n      }\n      responseProgress {\n        total\n        answered\n        submitted\n        returned\n        approved\n        unanswered\n      }\n    }\n    departments {\n      id\n      name\n    }\n  }\n": typeof types.ResponseQueueSetupDocument,
    "\n  mutation CreateResponse($input: CreateResponseInput!) {\n    createResponse(input: $input) {\n      ...ResponseFields\n    }\n  }\n": typeof types.CreateResponseDocument,
    "\n  mutation UpdateResponse($input: UpdateResponseInput!) {\n    updateResponse(input: $input) {\n      ...ResponseFields\n    }\n  }\n": typeof types.UpdateResponseDocument,
    "\n  mutation DeleteResponse($input: VersionedRefInput!) {\n    deleteResponse(input: $input) {\n      id\n    }\n  }\n": typeof types.DeleteResponseDocument,
    "\n  mutation SubmitResponse($input: ResponseTransitionInput!) {\n    submitResponse(input: $input) {\n      ...ResponseFields\n    }\n  }\n": typeof types.SubmitResponseDocument,
    "\n  mutation SubmitResponses($input: ResponsesTransitionInput!) {\n    submitResponses(input: $input) {\n      ...ResponseFields\n    }\n  }\n": typeof types.SubmitResponsesDocument,
    "\n  mutation ReturnResponse($input: ResponseTransitionInput!) {\n    returnResponse(input: $input) {\n      ...ResponseFields\n    }\n  }\n": typeof types.ReturnResponseDocument,
    "\n  mutation ApproveResponse($input: ResponseTransitionInput!) {\n    approveResponse(input: $input) {\n      ...ResponseFields\n    }\n  }\n": typeof types.ApproveResponseDocument,
    "\n  mutation ApproveResponses($input: ResponsesTransitionInput!) {\n    approveResponses(input: $input) {\n      ...ResponseFields\n    }\n  }\n": typeof types.ApproveResponsesDocument,
    "\n  mutation ReopenResponse($input: ResponseTransitionInput!) {\n    reopenResponse(input: $input) {\n      ...ResponseFields\n    }\n  }\n": typeof types.ReopenResponseDocument,
    "\n  fragment DepartmentFields on Department {\n    id\n    name\n    bureau\n    version\n  }\n": typeof types.DepartmentFieldsFragmentDoc,
    "\n  query Departments {\n    departments {\n      ...DepartmentFields\n    }\n  }\n": typeof types.DepartmentsDocument,
    "\n  mutation CreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      ...DepartmentFields\n    }\n  }\n": typeof types.CreateDepartmentDocument,
    "\n  mutation UpdateDepartment($input: UpdateDepartmentInput!) {\n    updateDepartment(input: $input) {\n      ...DepartmentFields\n    }\n  }\n": typeof types.UpdateDepartmentDocument,
    "\n  mutation DeleteDepartment($input: VersionedRefInput!) {\n    deleteDepartment(input: $input) {\n      id\n    }\n  }\n": typeof types.DeleteDepartmentDocument,
    "\n  fragment SetupProject on Project {\n    id\n    name\n    kind\n    page\n    sortOrder\n    version\n    articleId\n    departmentId\n    groupId\n    verifiedWithId\n    withdrawnAt\n    withdrawnReason\n    department {\n      id\n      name\n    }\n    group {\n      id\n      name\n    }\n    assignedMembers {\n      id\n      name\n      isChair\n    }\n  }\n": typeof types.SetupProjectFragmentDoc,
    "\n  query EntriesSetup($id: ID!) {\n    cycle(id: $id) {\n      id\n      fiscalYear\n      phase\n      canEditSetup\n      articles {\n        id\n        number\n        title\n      }\n      groups {\n        id\n        name\n        members {\n          id\n          name\n          isChair\n          sortOrder\n        }\n      }\n      projects {\n        ...SetupProject\n      }\n    }\n    departments {\n      id\n      name\n      bureau\n    }\n  }\n": typeof types.EntriesSetupDocument,
    "\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      ...SetupProject\n    }\n  }\n": typeof types.CreateProjectDocument,
    "\n  mutation UpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      ...SetupProject\n    }\n  }\n": typeof types.UpdateProjectDocument,
    "\n  mutation DeleteProject($input: VersionedRefInput!) {\n    deleteProject(input: $input) {\n      id\n    }\n  }\n": typeof types.DeleteProjectDocument,
    "\n  mutation WithdrawProject($input: WithdrawProjectInput!) {\n    withdrawProject(input: $input) {\n      ...SetupProject\n    }\n  }\n": typeof types.WithdrawProjectDocument,
    "\n  mutation ReinstateProject($input: VersionedRefInput!) {\n    reinstateProject(input: $input) {\n      ...SetupProject\n    }\n  }\n": typeof types.ReinstateProjectDocument,
    "\n  mutation SetProjectAssignments($input: SetAssignmentsInput!) {\n    setProjectAssignments(input: $input) {\n      ...SetupProject\n    }\n  }\n": typeof types.SetProjectAssignmentsDocument,
    "\n  fragment SetupGroup on Group {\n    id\n    name\n    sortOrder\n    version\n    members {\n      id\n      name\n      isChair\n      sortOrder\n    }\n    projects {\n      id\n      name\n      page\n      article {\n        id\n        number\n      }\n    }\n  }\n": typeof types.SetupGroupFragmentDoc,
    "\n  query GroupsSetup($id: ID!) {\n    cycle(id: $id) {\n      id\n      fiscalYear\n      phase\n      canEditSetup\n      groups {\n        ...SetupGroup\n      }\n    }\n    bodies {\n      id\n      kind\n      name\n      shortName\n    }\n    members {\n      id\n      bodyId\n      name\n      affiliation\n      isChair\n      sortOrder\n    }\n  }\n": typeof types.GroupsSetupDocument,
    "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...SetupGroup\n    }\n  }\n": typeof types.CreateGroupDocument,
    "\n  mutation UpdateGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      ...SetupGroup\n    }\n  }\n": typeof types.UpdateGroupDocument,
    "\n  mutation DeleteGroup($input: VersionedRefInput!) {\n    deleteGroup(input: $input) {\n      id\n    }\n  }\n": typeof types.DeleteGroupDocument,
    "\n  mutation SetGroupMembers($input: SetGroupMembersInput!) {\n    setGroupMembers(input: $input) {\n      ...SetupGroup\n    }\n  }\n": typeof types.SetGroupMembersDocument,
    "\n  fragment MemberFields on Member {\n    id\n    bodyId\n    name\n    affiliation\n    title\n    category\n    isChair\n    alsoCouncilMember\n    termStart\n    termEnd\n    sortOrder\n    version\n  }\n": typeof types.MemberFieldsFragmentDoc,
    "\n  query MembersSetup {\n    bodies {\n      id\n      kind\n      name\n      shortName\n    }\n    members {\n      ...MemberFields\n    }\n  }\n": typeof types.MembersSetupDocument,
    "\n  mutation CreateMember($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      ...MemberFields\n    }\n  }\n": typeof types.CreateMemberDocument,
    "\n  mutation UpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      ...MemberFields\n    }\n  }\n": typeof types.UpdateMemberDocument,
    "\n  mutation DeleteMember($input: VersionedRefInput!) {\n    deleteMember(input: $input) {\n      id\n    }\n  }\n": typeof types.DeleteMemberDocument,
    "\n  fragment ArticleFields on Article {\n    id\n    number\n    title\n    version\n  }\n": typeof types.ArticleFieldsFragmentDoc,
    "\n  query OrdinanceSetup {\n    ordinances {\n      id\n      name\n      shortName\n      effectiveDate\n      version\n      articles {\n        ...ArticleFields\n      }\n    }\n  }\n": typeof types.OrdinanceSetupDocument,
    "\n  mutation UpdateOrdinance($input: UpdateOrdinanceInput!) {\n    updateOrdinance(input: $input) {\n      id\n      name\n      shortName\n      effectiveDate\n      version\n    }\n  }\n": typeof types.UpdateOrdinanceDocument,
    "\n  mutation CreateArticle($input: CreateArticleInput!) {\n    createArticle(input: $input) {\n      ...ArticleFields\n    }\n  }\n": typeof types.CreateArticleDocument,
    "\n  mutation UpdateArticle($input: UpdateArticleInput!) {\n    updateArticle(input: $input) {\n      ...ArticleFields\n    }\n  }\n": typeof types.UpdateArticleDocument,
    "\n  mutation DeleteArticle($input: VersionedRefInput!) {\n    deleteArticle(input: $input) {\n      id\n    }\n  }\n": typeof types.DeleteArticleDocument,
    "\n  fragment SheetContentFields on SheetContent {\n    items {\n      heading\n      text\n      bullets\n      table\n    }\n    indicators {\n      label\n      unit\n      approximate\n      note\n      values {\n        fiscalYear\n        value\n      }\n    }\n    assessment\n    notes\n  }\n": typeof types.SheetContentFieldsFragmentDoc,
    "\n  fragment SheetRowFields on Sheet {\n    id\n    cycleId\n    state\n    version\n    updatedAt\n    updatedByName\n    lastActivity {\n      kind\n      at\n      byName\n    }\n    submittedAt\n    project {\n      id\n      name\n      sortOrder\n      article {\n        id\n        number\n        title\n      }\n      department {\n        id\n        name\n      }\n      group {\n        id\n        name\n      }\n    }\n    tags {\n      id\n      mark\n      label\n      legend\n    }\n    availableActions {\n      event\n      toState\n      requiresComment\n      failedPreconditions\n    }\n  }\n": typeof types.SheetRowFieldsFragmentDoc,
    "\n  fragment SheetDetailFields on Sheet {\n    ...SheetRowFields\n    canEdit\n    createdAt\n    content {\n      ...SheetContentFields\n    }\n    project {\n      id\n      kind\n      departmentId\n      relatedProjects {\n        id\n        name\n      }\n    }\n    revisions {\n      version\n      number\n      savedAt\n      savedByName\n      current\n    }\n    transitions {\n      id\n      event\n      fromState\n      toState\n      actorName\n      comment\n      at\n    }\n  }\n": typeof types.SheetDetailFieldsFragmentDoc,
    "\n  query SheetList($filter: SheetFilterInput!) {\n    sheets(filter: $filter) {\n      ...SheetRowFields\n    }\n  }\n": typeof types.SheetListDocument,
    "\n  query SheetCycle($id: ID!) {\n    cycle(id: $id) {\n      id\n      fiscalYear\n      phase\n      sheetDeadline\n      tags {\n        id\n        mark\n        label\n        legend\n      }\n    }\n  }\n": typeof types.SheetCycleDocument,
    "\n  query SheetReviewSetup($id: ID!) {\n    cycle(id: $id) {\n      id\n      fiscalYear\n      sheetDeadline\n      articles {\n        id\n        number\n        title\n      }\n      groups {\n        id\n        name\n      }\n      sheetProgress {\n        state\n        count\n      }\n    }\n    departments {\n      id\n      name\n    }\n  }\n": typeof types.SheetReviewSetupDocument,
    "\n  query Sheet($id: ID!) {\n    sheet(id: $id) {\n      ...SheetDetailFields\n    }\n  }\n": typeof types.SheetDocument,
    "\n  query SheetComments($id: ID!) {\n    sheet(id: $id) {\n      id\n      comments {\n        id\n        body\n        authorName\n        createdAt\n      }\n    }\n  }\n": typeof types.SheetCommentsDocument,
    "\n  query SheetAttachments($id: ID!) {\n    sheet(id: $id) {\n      id\n      canEdit\n      attachments {\n        id\n        fileName\n        mimeType\n        size\n        uploadedAt\n        uploadedByName\n        url\n      }\n    }\n  }\n": typeof types.SheetAttachmentsDocument,
    "\n  query SheetVersions($id: ID!, $from: Int!, $to: Int!) {\n    sheet(id: $id) {\n      id\n      from: versionContent(version: $from) {\n        version\n        content {\n          ...SheetContentFields\n        }\n      }\n      to: versionContent(version: $to) {\n        version\n        content {\n          ...SheetContentFields\n        }\n      }\n    }\n  }\n": typeof types.SheetVersionsDocument,
    "\n  mutation SaveSheet($input: SaveSheetInput!) {\n    saveSheet(input: $input) {\n      ...SheetDetailFields\n    }\n  }\n": typeof types.SaveSheetDocument,
    "\n  mutation SubmitSheet($input: SheetTransitionInput!) {\n    submitSheet(input: $input) {\n      ...SheetDetailFields\n    }\n  }\n": typeof types.SubmitSheetDocument,
    "\n  mutation ReturnSheet($input: SheetTransitionInput!) {\n    returnSheet(input: $input) {\n      ...SheetDetailFields\n    }\n  }\n": typeof types.ReturnSheetDocument,
    "\n  mutation AcceptSheet($input: SheetTransitionInput!) {\n    acceptSheet(input: $input) {\n      ...SheetDetailFields\n    }\n  }\n": typeof types.AcceptSheetDocument,
    "\n  mutation ReopenSheet($input: SheetTransitionInput!) {\n    reopenSheet(input: $input) {\n      ...SheetDetailFields\n    }\n  }\n": typeof types.ReopenSheetDocument,
    "\n  mutation AddSheetComment($input: AddSheetCommentInput!) {\n    addSheetComment(input: $input) {\n      id\n      body\n      authorName\n      createdAt\n    }\n  }\n": typeof types.AddSheetCommentDocument,
    "\n  mutation SetSheetTags($input: SetSheetTagsInput!) {\n    setSheetTags(input: $input) {\n      id\n      version\n      updatedAt\n      updatedByName\n      tags {\n        id\n        mark\n        label\n        legend\n      }\n    }\n  }\n": typeof types.SetSheetTagsDocument,
    "\n  mutation ChangeOwnPassword($input: ChangeOwnPasswordInput!) {\n    changeOwnPassword(input: $input)\n  }\n": typeof types.ChangeOwnPasswordDocument,
};
const documents: Documents = {
    "\n  fragment UserFields on User {\n    id\n    loginId\n    displayName\n    role\n    active\n    lockedUntil\n    createdAt\n    version\n    departmentId\n    memberId\n    department {\n      id\n      name\n    }\n    member {\n      id\n      name\n      affiliation\n    }\n  }\n": types.UserFieldsFragmentDoc,
    "\n  query Users {\n    users {\n      ...UserFields\n    }\n    assignableRoles\n    departments {\n      id\n      name\n      bureau\n    }\n    members {\n      id\n      name\n      bodyId\n      sortOrder\n    }\n  }\n": types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...UserFields\n    }\n  }\n": types.UpdateUserDocument,
    "\n  mutation SetUserActive($input: SetUserActiveInput!) {\n    setUserActive(input: $input) {\n      ...UserFields\n    }\n  }\n": types.SetUserActiveDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      ...UserFields\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation UnlockUser($input: UnlockUserInput!) {\n    unlockUser(input: $input) {\n      ...UserFields\n    }\n  }\n": types.UnlockUserDocument,
    "\n  query AuditEvents($filter: AuditFilterInput!) {\n    auditEvents(filter: $filter) {\n      hasMore\n      nextCursor\n      events {\n        id\n        at\n        action\n        entityType\n        entityId\n        recordLabel\n        actorName\n        reason\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n    auditActors {\n      id\n      name\n    }\n  }\n": types.AuditEventsDocument,
    "\n  fragment SessionUser on User {\n    id\n    loginId\n    displayName\n    role\n    departmentId\n    memberId\n    department {\n      id\n      name\n    }\n    member {\n      id\n      name\n    }\n  }\n": types.SessionUserFragmentDoc,
    "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...SessionUser\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  query CycleList {\n    cycles {\n      id\n      fiscalYear\n      phase\n      canEditSetup\n      version\n      startDate\n      endDate\n      sheetDeadline\n      opinionDeadline\n    }\n  }\n": types.CycleListDocument,
    "\n  fragment CycleActionFields on Cycle {\n    id\n    phase\n    version\n    availableActions {\n      event\n      toState\n      failedPreconditions\n      mayOverride\n    }\n    transitions {\n      id\n      event\n      fromState\n      toState\n      actorName\n      comment\n      overridden\n      at\n    }\n  }\n": types.CycleActionFieldsFragmentDoc,
    "\n  query CycleOverview($id: ID!) {\n    cycle(id: $id) {\n      ...CycleActionFields\n      fiscalYear\n      startDate\n      endDate\n      articles {\n        id\n        number\n        title\n      }\n      groups {\n        id\n        name\n      }\n      projects {\n        id\n        name\n        kind\n        page\n        sortOrder\n        articleId\n        verifiedWithId\n        department {\n          id\n          name\n          bureau\n        }\n        group {\n          id\n          name\n        }\n        assignedMembers {\n          id\n          name\n          isChair\n        }\n      }\n    }\n  }\n": types.CycleOverviewDocument,
    "\n  mutation AdvanceCycle($input: AdvanceCycleInput!) {\n    advanceCycle(input: $input) {\n      ...CycleActionFields\n    }\n  }\n": types.AdvanceCycleDocument,
    "\n  query Ordinances {\n    ordinances {\n      id\n      name\n      shortName\n    }\n  }\n": types.OrdinancesDocument,
    "\n  mutation CreateCycle($input: CreateCycleInput!) {\n    createCycle(input: $input) {\n      id\n      fiscalYear\n      phase\n      version\n      startDate\n      endDate\n    }\n  }\n": types.CreateCycleDocument,
    "\n  mutation UpdateCycle($input: UpdateCycleInput!) {\n    updateCycle(input: $input) {\n      id\n      version\n      startDate\n      endDate\n      sheetDeadline\n      opinionDeadline\n    }\n  }\n": types.UpdateCycleDocument,
    "\n  query Home {\n    home {\n      today\n      staff {\n        departmentName\n        sheets {\n          id\n          projectId\n          projectName\n          fiscalYear\n          state\n          deadline {\n            date\n            daysLeft\n          }\n          lastActivity {\n            kind\n            at\n            byName\n            comment\n          }\n        }\n        responses {\n          projectId\n          projectName\n          fiscalYear\n          unanswered\n          drafts\n          returned\n          submitted\n          approved\n        }\n      }\n      member {\n        entries {\n          projectId\n          projectName\n          fiscalYear\n          deadline {\n            date\n            daysLeft\n          }\n          status\n          late\n          opinionsAwaited\n          draftCount\n          submittedCount\n          adoptedCount\n          notedCount\n          councilConfirmedCount\n          sheetId\n        }\n      }\n      secretariat {\n        cycles {\n          cycleId\n          fiscalYear\n          phase\n          sheetDeadline {\n            date\n            daysLeft\n          }\n          opinionDeadline {\n            date\n            daysLeft\n          }\n          sheetCount\n          sheetsSubmitted\n          sheetsReturned\n          sheetsAccepted\n          entriesToConsolidate\n          opinionsToConsolidate\n          councilDraftCount\n          responsesSubmitted\n          opinionsUnanswered\n          lateMembers {\n            memberId\n            name\n            entries\n          }\n        }\n      }\n      admin {\n        activeUsers\n        inactiveUsers\n        lockedUsers\n      }\n    }\n  }\n": types.HomeDocument,
    "\n  fragment OpinionEntryFields on Project {\n    id\n    name\n    sortOrder\n    cycleId\n    article {\n      id\n      number\n      title\n    }\n    department {\n      id\n      name\n    }\n    group {\n      id\n      name\n      sortOrder\n    }\n    relatedProjects {\n      id\n      name\n    }\n  }\n": types.OpinionEntryFieldsFragmentDoc,
    "\n  fragment MemberOpinionFields on MemberOpinion {\n    id\n    projectId\n    memberId\n    kind\n    text\n    state\n    version\n    canEdit\n    createdAt\n    updatedAt\n    submittedAt\n    author {\n      id\n      name\n      sortOrder\n    }\n    usedIn {\n      id\n      position\n      mark\n      text\n      state\n    }\n    availableActions {\n      event\n      failedPreconditions\n    }\n  }\n": types.MemberOpinionFieldsFragmentDoc,
    "\n  fragment CouncilOpinionFields on CouncilOpinion {\n    id\n    projectId\n    position\n    mark\n    text\n    state\n    version\n    confirmedOn\n    confirmedBy\n    updatedAt\n    tags {\n      id\n      mark\n      label\n      legend\n    }\n  }\n": types.CouncilOpinionFieldsFragmentDoc,
    "\n  fragment CouncilOpinionDetailFields on CouncilOpinion {\n    ...CouncilOpinionFields\n    sources {\n      id\n      kind\n      text\n      author {\n        id\n        name\n      }\n    }\n    availableActions {\n      event\n      toState\n      requiresComment\n      failedPreconditions\n    }\n  }\n": types.CouncilOpinionDetailFieldsFragmentDoc,
    "\n  fragment OpinionCycleFields on Cycle {\n    id\n    fiscalYear\n    phase\n    opinionDeadline\n    tags {\n      id\n      mark\n      label\n      legend\n    }\n  }\n": types.OpinionCycleFieldsFragmentDoc,
    "\n  query MyAssignedEntries($cycleId: ID!) {\n    cycle(id: $cycleId) {\n      ...OpinionCycleFields\n    }\n    myAssignedEntries(cycleId: $cycleId) {\n      ...OpinionEntryFields\n      memberOpinions {\n        ...MemberOpinionFields\n      }\n      councilOpinions {\n        ...CouncilOpinionFields\n      }\n    }\n  }\n": types.MyAssignedEntriesDocument,
    "\n  query EntrySheet($projectId: ID!) {\n    project(id: $projectId) {\n      id\n      name\n      article {\n        id\n        number\n        title\n      }\n      department {\n        id\n        name\n      }\n      relatedProjects {\n        id\n        name\n      }\n      sheetState\n      sheet {\n        id\n        state\n        version\n        content {\n          ...SheetContentFields\n        }\n        tags {\n          id\n          mark\n          label\n          legend\n        }\n      }\n    }\n  }\n": types.EntrySheetDocument,
    "\n  query OpinionProgress($cycleId: ID!) {\n    cycle(id: $cycleId) {\n      ...OpinionCycleFields\n    }\n    opinionProgress(cycleId: $cycleId) {\n      assignedCount\n      submittedCount\n      councilDraftCount\n      councilConfirmedCount\n      lateMembers {\n        id\n        name\n      }\n      pendingMembers {\n        id\n        name\n      }\n      project {\n        ...OpinionEntryFields\n      }\n    }\n  }\n": types.OpinionProgressDocument,
    "\n  query Consolidation($cycleId: ID!, $projectId: ID!) {\n    cycle(id: $cycleId) {\n      ...OpinionCycleFields\n      projects {\n        id\n        name\n        verifiedWithId\n        councilOpinions {\n          id\n          confirmedBy\n        }\n      }\n    }\n    project(id: $projectId) {\n      ...OpinionEntryFields\n      verifiedWithId\n      assignedMembers {\n        id\n        name\n        sortOrder\n      }\n      memberOpinions {\n        ...MemberOpinionFields\n      }\n      councilOpinions {\n        ...CouncilOpinionDetailFields\n      }\n    }\n  }\n": types.ConsolidationDocument,
    "\n  query CouncilOpinionRevisions($projectId: ID!) {\n    project(id: $projectId) {\n      id\n      councilOpinions {\n        id\n        version\n        text\n        updatedAt\n        revisions {\n          version\n          text\n          savedAt\n          savedByName\n        }\n      }\n    }\n  }\n": types.CouncilOpinionRevisionsDocument,
    "\n  mutation CreateMemberOpinion($input: CreateMemberOpinionInput!) {\n    createMemberOpinion(input: $input) {\n      ...MemberOpinionFields\n    }\n  }\n": types.CreateMemberOpinionDocument,
    "\n  mutation UpdateMemberOpinion($input: UpdateMemberOpinionInput!) {\n    updateMemberOpinion(input: $input) {\n      ...MemberOpinionFields\n    }\n  }\n": types.UpdateMemberOpinionDocument,
    "\n  mutation DeleteMemberOpinion($input: VersionedRefInput!) {\n    deleteMemberOpinion(input: $input) {\n      id\n    }\n  }\n": types.DeleteMemberOpinionDocument,
    "\n  mutation SubmitMemberOpinion($input: MemberOpinionTransitionInput!) {\n    submitMemberOpinion(input: $input) {\n      ...MemberOpinionFields\n    }\n  }\n": types.SubmitMemberOpinionDocument,
    "\n  mutation AdoptMemberOpinion($input: MemberOpinionTransitionInput!) {\n    adoptMemberOpinion(input: $input) {\n      ...MemberOpinionFields\n    }\n  }\n": types.AdoptMemberOpinionDocument,
    "\n  mutation NoteMemberOpinion($input: MemberOpinionTransitionInput!) {\n    noteMemberOpinion(input: $input) {\n      ...MemberOpinionFields\n    }\n  }\n": types.NoteMemberOpinionDocument,
    "\n  mutation NoteMemberOpinions($input: NoteMemberOpinionsInput!) {\n    noteMemberOpinions(input: $input) {\n      ...MemberOpinionFields\n    }\n  }\n": types.NoteMemberOpinionsDocument,
    "\n  mutation CreateCouncilOpinion($input: CreateCouncilOpinionInput!) {\n    createCouncilOpinion(input: $input) {\n      ...CouncilOpinionDetailFields\n    }\n  }\n": types.CreateCouncilOpinionDocument,
    "\n  mutation UpdateCouncilOpinion($input: UpdateCouncilOpinionInput!) {\n    updateCouncilOpinion(input: $input) {\n      ...CouncilOpinionDetailFields\n    }\n  }\n": types.UpdateCouncilOpinionDocument,
    "\n  mutation MergeCouncilOpinions($input: MergeCouncilOpinionsInput!) {\n    mergeCouncilOpinions(input: $input) {\n      ...CouncilOpinionDetailFields\n    }\n  }\n": types.MergeCouncilOpinionsDocument,
    "\n  mutation SplitCouncilOpinion($input: SplitCouncilOpinionInput!) {\n    splitCouncilOpinion(input: $input) {\n      ...CouncilOpinionDetailFields\n    }\n  }\n": types.SplitCouncilOpinionDocument,
    "\n  mutation ReorderCouncilOpinions($input: ReorderCouncilOpinionsInput!) {\n    reorderCouncilOpinions(input: $input) {\n      ...CouncilOpinionDetailFields\n    }\n  }\n": types.ReorderCouncilOpinionsDocument,
    "\n  mutation DeleteCouncilOpinion($input: VersionedRefInput!) {\n    deleteCouncilOpinion(input: $input) {\n      ...CouncilOpinionDetailFields\n    }\n  }\n": types.DeleteCouncilOpinionDocument,
    "\n  mutation ConfirmCouncilOpinions($input: ConfirmCouncilOpinionsInput!) {\n    confirmCouncilOpinions(input: $input) {\n      ...CouncilOpinionDetailFields\n    }\n  }\n": types.ConfirmCouncilOpinionsDocument,
    "\n  mutation ReopenCouncilOpinion($input: ReopenCouncilOpinionInput!) {\n    reopenCouncilOpinion(input: $input) {\n      ...CouncilOpinionDetailFields\n    }\n  }\n": types.ReopenCouncilOpinionDocument,
    "\n  fragment ResponseFields on Response {\n    id\n    version\n    state\n    position\n    marks\n    text\n    category\n    difficultyReason\n    dueDate\n    submittedAt\n    approvedAt\n    updatedAt\n    updatedByName\n    projectId\n    tags {\n      id\n      mark\n      label\n      legend\n      responseLegend\n    }\n    councilOpinions {\n      id\n      mark\n    }\n    availableActions {\n      event\n      toState\n      requiresComment\n      failedPreconditions\n      mayOverride\n    }\n    permissions {\n      canEdit\n      canDelete\n      seesHistory\n    }\n  }\n": types.ResponseFieldsFragmentDoc,
    "\n  fragment ResponseReviewFields on Response {\n    returned {\n      version\n      text\n      category\n      difficultyReason\n      dueDate\n      marks\n    }\n    transitions {\n      id\n      event\n      fromState\n      toState\n      actorName\n      comment\n      overridden\n      at\n    }\n  }\n": types.ResponseReviewFieldsFragmentDoc,
    "\n  query EntryResponses($id: ID!) {\n    project(id: $id) {\n      id\n      name\n      cycleId\n      page\n      canDraftResponse\n      article {\n        id\n        number\n        title\n      }\n      department {\n        id\n        name\n      }\n      responseProgress {\n        total\n        answered\n        submitted\n        returned\n        approved\n        unanswered\n      }\n      councilOpinions {\n        id\n        mark\n        position\n        text\n        state\n        tags {\n          id\n          mark\n          label\n          legend\n          responseLegend\n        }\n        response {\n          id\n        }\n      }\n      responses {\n        ...ResponseFields\n        ...ResponseReviewFields\n      }\n    }\n  }\n": types.EntryResponsesDocument,
    "\n  query ResponseEntries($cycleId: ID!) {\n    cycle(id: $cycleId) {\n      id\n      fiscalYear\n      phase\n      responseProgress {\n        total\n        answered\n        submitted\n        returned\n        approved\n        unanswered\n      }\n      projects {\n        id\n        name\n        page\n        sortOrder\n        verifiedWithId\n        departmentId\n        article {\n          id\n          number\n        }\n        department {\n          id\n          name\n        }\n        responseProgress {\n          total\n          answered\n          submitted\n          approved\n        }\n      }\n    }\n  }\n": types.ResponseEntriesDocument,
    "\n  query ResponseQueue($filter: ResponseFilterInput!) {\n    responses(filter: $filter) {\n      ...ResponseFields\n      ...ResponseReviewFields\n      project {\n        id\n        name\n        article {\n          id\n          number\n        }\n        department {\n          id\n          name\n        }\n      }\n      councilOpinions {\n        id\n        mark\n        text\n      }\n    }\n  }\n": types.ResponseQueueDocument,
    "\n  query ResponseQueueSetup($cycleId: ID!) {\n    cycle(id: $cycleId) {\n      id\n      articles {\n        id\n        number\n        title\n      }\n      responseProgress {\n        total\n        answered\n        submitted\n        returned\n        approved\n        unanswered\n      }\n    }\n    departments {\n      id\n      name\n    }\n  }\n": types.ResponseQueueSetupDocument,
    "\n  mutation CreateResponse($input: CreateResponseInput!) {\n    createResponse(input: $input) {\n      ...ResponseFields\n    }\n  }\n": types.CreateResponseDocument,
    "\n  mutation UpdateResponse($input: UpdateResponseInput!) {\n    updateResponse(input: $input) {\n      ...ResponseFields\n    }\n  }\n": types.UpdateResponseDocument,
    "\n  mutation DeleteResponse($input: VersionedRefInput!) {\n    deleteResponse(input: $input) {\n      id\n    }\n  }\n": types.DeleteResponseDocument,
    "\n  mutation SubmitResponse($input: ResponseTransitionInput!) {\n    submitResponse(input: $input) {\n      ...ResponseFields\n    }\n  }\n": types.SubmitResponseDocument,
    "\n  mutation SubmitResponses($input: ResponsesTransitionInput!) {\n    submitResponses(input: $input) {\n      ...ResponseFields\n    }\n  }\n": types.SubmitResponsesDocument,
    "\n  mutation ReturnResponse($input: ResponseTransitionInput!) {\n    returnResponse(input: $input) {\n      ...ResponseFields\n    }\n  }\n": types.ReturnResponseDocument,
    "\n  mutation ApproveResponse($input: ResponseTransitionInput!) {\n    approveResponse(input: $input) {\n      ...ResponseFields\n    }\n  }\n": types.ApproveResponseDocument,
    "\n  mutation ApproveResponses($input: ResponsesTransitionInput!) {\n    approveResponses(input: $input) {\n      ...ResponseFields\n    }\n  }\n": types.ApproveResponsesDocument,
    "\n  mutation ReopenResponse($input: ResponseTransitionInput!) {\n    reopenResponse(input: $input) {\n      ...ResponseFields\n    }\n  }\n": types.ReopenResponseDocument,
    "\n  fragment DepartmentFields on Department {\n    id\n    name\n    bureau\n    version\n  }\n": types.DepartmentFieldsFragmentDoc,
    "\n  query Departments {\n    departments {\n      ...DepartmentFields\n    }\n  }\n": types.DepartmentsDocument,
    "\n  mutation CreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      ...DepartmentFields\n    }\n  }\n": types.CreateDepartmentDocument,
    "\n  mutation UpdateDepartment($input: UpdateDepartmentInput!) {\n    updateDepartment(input: $input) {\n      ...DepartmentFields\n    }\n  }\n": types.UpdateDepartmentDocument,
    "\n  mutation DeleteDepartment($input: VersionedRefInput!) {\n    deleteDepartment(input: $input) {\n      id\n    }\n  }\n": types.DeleteDepartmentDocument,
    "\n  fragment SetupProject on Project {\n    id\n    name\n    kind\n    page\n    sortOrder\n    version\n    articleId\n    departmentId\n    groupId\n    verifiedWithId\n    withdrawnAt\n    withdrawnReason\n    department {\n      id\n      name\n    }\n    group {\n      id\n      name\n    }\n    assignedMembers {\n      id\n      name\n      isChair\n    }\n  }\n": types.SetupProjectFragmentDoc,
    "\n  query EntriesSetup($id: ID!) {\n    cycle(id: $id) {\n      id\n      fiscalYear\n      phase\n      canEditSetup\n      articles {\n        id\n        number\n        title\n      }\n      groups {\n        id\n        name\n        members {\n          id\n          name\n          isChair\n          sortOrder\n        }\n      }\n      projects {\n        ...SetupProject\n      }\n    }\n    departments {\n      id\n      name\n      bureau\n    }\n  }\n": types.EntriesSetupDocument,
    "\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      ...SetupProject\n    }\n  }\n": types.CreateProjectDocument,
    "\n  mutation UpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      ...SetupProject\n    }\n  }\n": types.UpdateProjectDocument,
    "\n  mutation DeleteProject($input: VersionedRefInput!) {\n    deleteProject(input: $input) {\n      id\n    }\n  }\n": types.DeleteProjectDocument,
    "\n  mutation WithdrawProject($input: WithdrawProjectInput!) {\n    withdrawProject(input: $input) {\n      ...SetupProject\n    }\n  }\n": types.WithdrawProjectDocument,
    "\n  mutation ReinstateProject($input: VersionedRefInput!) {\n    reinstateProject(input: $input) {\n      ...SetupProject\n    }\n  }\n": types.ReinstateProjectDocument,
    "\n  mutation SetProjectAssignments($input: SetAssignmentsInput!) {\n    setProjectAssignments(input: $input) {\n      ...SetupProject\n    }\n  }\n": types.SetProjectAssignmentsDocument,
    "\n  fragment SetupGroup on Group {\n    id\n    name\n    sortOrder\n    version\n    members {\n      id\n      name\n      isChair\n      sortOrder\n    }\n    projects {\n      id\n      name\n      page\n      article {\n        id\n        number\n      }\n    }\n  }\n": types.SetupGroupFragmentDoc,
    "\n  query GroupsSetup($id: ID!) {\n    cycle(id: $id) {\n      id\n      fiscalYear\n      phase\n      canEditSetup\n      groups {\n        ...SetupGroup\n      }\n    }\n    bodies {\n      id\n      kind\n      name\n      shortName\n    }\n    members {\n      id\n      bodyId\n      name\n      affiliation\n      isChair\n      sortOrder\n    }\n  }\n": types.GroupsSetupDocument,
    "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...SetupGroup\n    }\n  }\n": types.CreateGroupDocument,
    "\n  mutation UpdateGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      ...SetupGroup\n    }\n  }\n": types.UpdateGroupDocument,
    "\n  mutation DeleteGroup($input: VersionedRefInput!) {\n    deleteGroup(input: $input) {\n      id\n    }\n  }\n": types.DeleteGroupDocument,
    "\n  mutation SetGroupMembers($input: SetGroupMembersInput!) {\n    setGroupMembers(input: $input) {\n      ...SetupGroup\n    }\n  }\n": types.SetGroupMembersDocument,
    "\n  fragment MemberFields on Member {\n    id\n    bodyId\n    name\n    affiliation\n    title\n    category\n    isChair\n    alsoCouncilMember\n    termStart\n    termEnd\n    sortOrder\n    version\n  }\n": types.MemberFieldsFragmentDoc,
    "\n  query MembersSetup {\n    bodies {\n      id\n      kind\n      name\n      shortName\n    }\n    members {\n      ...MemberFields\n    }\n  }\n": types.MembersSetupDocument,
    "\n  mutation CreateMember($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      ...MemberFields\n    }\n  }\n": types.CreateMemberDocument,
    "\n  mutation UpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      ...MemberFields\n    }\n  }\n": types.UpdateMemberDocument,
    "\n  mutation DeleteMember($input: VersionedRefInput!) {\n    deleteMember(input: $input) {\n      id\n    }\n  }\n": types.DeleteMemberDocument,
    "\n  fragment ArticleFields on Article {\n    id\n    number\n    title\n    version\n  }\n": types.ArticleFieldsFragmentDoc,
    "\n  query OrdinanceSetup {\n    ordinances {\n      id\n      name\n      shortName\n      effectiveDate\n      version\n      articles {\n        ...ArticleFields\n      }\n    }\n  }\n": types.OrdinanceSetupDocument,
    "\n  mutation UpdateOrdinance($input: UpdateOrdinanceInput!) {\n    updateOrdinance(input: $input) {\n      id\n      name\n      shortName\n      effectiveDate\n      version\n    }\n  }\n": types.UpdateOrdinanceDocument,
    "\n  mutation CreateArticle($input: CreateArticleInput!) {\n    createArticle(input: $input) {\n      ...ArticleFields\n    }\n  }\n": types.CreateArticleDocument,
    "\n  mutation UpdateArticle($input: UpdateArticleInput!) {\n    updateArticle(input: $input) {\n      ...ArticleFields\n    }\n  }\n": types.UpdateArticleDocument,
    "\n  mutation DeleteArticle($input: VersionedRefInput!) {\n    deleteArticle(input: $input) {\n      id\n    }\n  }\n": types.DeleteArticleDocument,
    "\n  fragment SheetContentFields on SheetContent {\n    items {\n      heading\n      text\n      bullets\n      table\n    }\n    indicators {\n      label\n      unit\n      approximate\n      note\n      values {\n        fiscalYear\n        value\n      }\n    }\n    assessment\n    notes\n  }\n": types.SheetContentFieldsFragmentDoc,
    "\n  fragment SheetRowFields on Sheet {\n    id\n    cycleId\n    state\n    version\n    updatedAt\n    updatedByName\n    lastActivity {\n      kind\n      at\n      byName\n    }\n    submittedAt\n    project {\n      id\n      name\n      sortOrder\n      article {\n        id\n        number\n        title\n      }\n      department {\n        id\n        name\n      }\n      group {\n        id\n        name\n      }\n    }\n    tags {\n      id\n      mark\n      label\n      legend\n    }\n    availableActions {\n      event\n      toState\n      requiresComment\n      failedPreconditions\n    }\n  }\n": types.SheetRowFieldsFragmentDoc,
    "\n  fragment SheetDetailFields on Sheet {\n    ...SheetRowFields\n    canEdit\n    createdAt\n    content {\n      ...SheetContentFields\n    }\n    project {\n      id\n      kind\n      departmentId\n      relatedProjects {\n        id\n        name\n      }\n    }\n    revisions {\n      version\n      number\n      savedAt\n      savedByName\n      current\n    }\n    transitions {\n      id\n      event\n      fromState\n      toState\n      actorName\n      comment\n      at\n    }\n  }\n": types.SheetDetailFieldsFragmentDoc,
    "\n  query SheetList($filter: SheetFilterInput!) {\n    sheets(filter: $filter) {\n      ...SheetRowFields\n    }\n  }\n": types.SheetListDocument,
    "\n  query SheetCycle($id: ID!) {\n    cycle(id: $id) {\n      id\n      fiscalYear\n      phase\n      sheetDeadline\n      tags {\n        id\n        mark\n        label\n        legend\n      }\n    }\n  }\n": types.SheetCycleDocument,
    "\n  query SheetReviewSetup($id: ID!) {\n    cycle(id: $id) {\n      id\n      fiscalYear\n      sheetDeadline\n      articles {\n        id\n        number\n        title\n      }\n      groups {\n        id\n        name\n      }\n      sheetProgress {\n        state\n        count\n      }\n    }\n    departments {\n      id\n      name\n    }\n  }\n": types.SheetReviewSetupDocument,
    "\n  query Sheet($id: ID!) {\n    sheet(id: $id) {\n      ...SheetDetailFields\n    }\n  }\n": types.SheetDocument,
    "\n  query SheetComments($id: ID!) {\n    sheet(id: $id) {\n      id\n      comments {\n        id\n        body\n        authorName\n        createdAt\n      }\n    }\n  }\n": types.SheetCommentsDocument,
    "\n  query SheetAttachments($id: ID!) {\n    sheet(id: $id) {\n      id\n      canEdit\n      attachments {\n        id\n        fileName\n        mimeType\n        size\n        uploadedAt\n        uploadedByName\n        url\n      }\n    }\n  }\n": types.SheetAttachmentsDocument,
    "\n  query SheetVersions($id: ID!, $from: Int!, $to: Int!) {\n    sheet(id: $id) {\n      id\n      from: versionContent(version: $from) {\n        version\n        content {\n          ...SheetContentFields\n        }\n      }\n      to: versionContent(version: $to) {\n        version\n        content {\n          ...SheetContentFields\n        }\n      }\n    }\n  }\n": types.SheetVersionsDocument,
    "\n  mutation SaveSheet($input: SaveSheetInput!) {\n    saveSheet(input: $input) {\n      ...SheetDetailFields\n    }\n  }\n": types.SaveSheetDocument,
    "\n  mutation SubmitSheet($input: SheetTransitionInput!) {\n    submitSheet(input: $input) {\n      ...SheetDetailFields\n    }\n  }\n": types.SubmitSheetDocument,
    "\n  mutation ReturnSheet($input: SheetTransitionInput!) {\n    returnSheet(input: $input) {\n      ...SheetDetailFields\n    }\n  }\n": types.ReturnSheetDocument,
    "\n  mutation AcceptSheet($input: SheetTransitionInput!) {\n    acceptSheet(input: $input) {\n      ...SheetDetailFields\n    }\n  }\n": types.AcceptSheetDocument,
    "\n  mutation ReopenSheet($input: SheetTransitionInput!) {\n    reopenSheet(input: $input) {\n      ...SheetDetailFields\n    }\n  }\n": types.ReopenSheetDocument,
    "\n  mutation AddSheetComment($input: AddSheetCommentInput!) {\n    addSheetComment(input: $input) {\n      id\n      body\n      authorName\n      createdAt\n    }\n  }\n": types.AddSheetCommentDocument,
    "\n  mutation SetSheetTags($input: SetSheetTagsInput!) {\n    setSheetTags(input: $input) {\n      id\n      version\n      updatedAt\n      updatedByName\n      tags {\n        id\n        mark\n        label\n        legend\n      }\n    }\n  }\n": types.SetSheetTagsDocument,
    "\n  mutation ChangeOwnPassword($input: ChangeOwnPasswordInput!) {\n    changeOwnPassword(input: $input)\n  }\n": types.ChangeOwnPasswordDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserFields on User {\n    id\n    loginId\n    displayName\n    role\n    active\n    lockedUntil\n    createdAt\n    version\n    departmentId\n    memberId\n    department {\n      id\n      name\n    }\n    member {\n      id\n      name\n      affiliation\n    }\n  }\n"): (typeof documents)["\n  fragment UserFields on User {\n    id\n    loginId\n    displayName\n    role\n    active\n    lockedUntil\n    createdAt\n    version\n    departmentId\n    memberId\n    department {\n      id\n      name\n    }\n    member {\n      id\n      name\n      affiliation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users {\n    users {\n      ...UserFields\n    }\n    assignableRoles\n    departments {\n      id\n      name\n      bureau\n    }\n    members {\n      id\n      name\n      bodyId\n      sortOrder\n    }\n  }\n"): (typeof documents)["\n  query Users {\n    users {\n      ...UserFields\n    }\n    assignableRoles\n    departments {\n      id\n      name\n      bureau\n    }\n    members {\n      id\n      name\n      bodyId\n      sortOrder\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserActive($input: SetUserActiveInput!) {\n    setUserActive(input: $input) {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetUserActive($input: SetUserActiveInput!) {\n    setUserActive(input: $input) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlockUser($input: UnlockUserInput!) {\n    unlockUser(input: $input) {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  mutation UnlockUser($input: UnlockUserInput!) {\n    unlockUser(input: $input) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents($filter: AuditFilterInput!) {\n    auditEvents(filter: $filter) {\n      hasMore\n      nextCursor\n      events {\n        id\n        at\n        action\n        entityType\n        entityId\n        recordLabel\n        actorName\n        reason\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n    auditActors {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query AuditEvents($filter: AuditFilterInput!) {\n    auditEvents(filter: $filter) {\n      hasMore\n      nextCursor\n      events {\n        id\n        at\n        action\n        entityType\n        entityId\n        recordLabel\n        actorName\n        reason\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n    auditActors {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionUser on User {\n    id\n    loginId\n    displayName\n    role\n    departmentId\n    memberId\n    department {\n      id\n      name\n    }\n    member {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment SessionUser on User {\n    id\n    loginId\n    displayName\n    role\n    departmentId\n    memberId\n    department {\n      id\n      name\n    }\n    member {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...SessionUser\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...SessionUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CycleList {\n    cycles {\n      id\n      fiscalYear\n      phase\n      canEditSetup\n      version\n      startDate\n      endDate\n      sheetDeadline\n      opinionDeadline\n    }\n  }\n"): (typeof documents)["\n  query CycleList {\n    cycles {\n      id\n      fiscalYear\n      phase\n      canEditSetup\n      version\n      startDate\n      endDate\n      sheetDeadline\n      opinionDeadline\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CycleActionFields on Cycle {\n    id\n    phase\n    version\n    availableActions {\n      event\n      toState\n      failedPreconditions\n      mayOverride\n    }\n    transitions {\n      id\n      event\n      fromState\n      toState\n      actorName\n      comment\n      overridden\n      at\n    }\n  }\n"): (typeof documents)["\n  fragment CycleActionFields on Cycle {\n    id\n    phase\n    version\n    availableActions {\n      event\n      toState\n      failedPreconditions\n      mayOverride\n    }\n    transitions {\n      id\n      event\n      fromState\n      toState\n      actorName\n      comment\n      overridden\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CycleOverview($id: ID!) {\n    cycle(id: $id) {\n      ...CycleActionFields\n      fiscalYear\n      startDate\n      endDate\n      articles {\n        id\n        number\n        title\n      }\n      groups {\n        id\n        name\n      }\n      projects {\n        id\n        name\n        kind\n        page\n        sortOrder\n        articleId\n        verifiedWithId\n        department {\n          id\n          name\n          bureau\n        }\n        group {\n          id\n          name\n        }\n        assignedMembers {\n          id\n          name\n          isChair\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CycleOverview($id: ID!) {\n    cycle(id: $id) {\n      ...CycleActionFields\n      fiscalYear\n      startDate\n      endDate\n      articles {\n        id\n        number\n        title\n      }\n      groups {\n        id\n        name\n      }\n      projects {\n        id\n        name\n        kind\n        page\n        sortOrder\n        articleId\n        verifiedWithId\n        department {\n          id\n          name\n          bureau\n        }\n        group {\n          id\n          name\n        }\n        assignedMembers {\n          id\n          name\n          isChair\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdvanceCycle($input: AdvanceCycleInput!) {\n    advanceCycle(input: $input) {\n      ...CycleActionFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdvanceCycle($input: AdvanceCycleInput!) {\n    advanceCycle(input: $input) {\n      ...CycleActionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Ordinances {\n    ordinances {\n      id\n      name\n      shortName\n    }\n  }\n"): (typeof documents)["\n  query Ordinances {\n    ordinances {\n      id\n      name\n      shortName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCycle($input: CreateCycleInput!) {\n    createCycle(input: $input) {\n      id\n      fiscalYear\n      phase\n      version\n      startDate\n      endDate\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCycle($input: CreateCycleInput!) {\n    createCycle(input: $input) {\n      id\n      fiscalYear\n      phase\n      version\n      startDate\n      endDate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCycle($input: UpdateCycleInput!) {\n    updateCycle(input: $input) {\n      id\n      version\n      startDate\n      endDate\n      sheetDeadline\n      opinionDeadline\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCycle($input: UpdateCycleInput!) {\n    updateCycle(input: $input) {\n      id\n      version\n      startDate\n      endDate\n      sheetDeadline\n      opinionDeadline\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Home {\n    home {\n      today\n      staff {\n        departmentName\n        sheets {\n          id\n          projectId\n          projectName\n          fiscalYear\n          state\n          deadline {\n            date\n            daysLeft\n          }\n          lastActivity {\n            kind\n            at\n            byName\n            comment\n          }\n        }\n        responses {\n          projectId\n          projectName\n          fiscalYear\n          unanswered\n          drafts\n          returned\n          submitted\n          approved\n        }\n      }\n      member {\n        entries {\n          projectId\n          projectName\n          fiscalYear\n          deadline {\n            date\n            daysLeft\n          }\n          status\n          late\n          opinionsAwaited\n          draftCount\n          submittedCount\n          adoptedCount\n          notedCount\n          councilConfirmedCount\n          sheetId\n        }\n      }\n      secretariat {\n        cycles {\n          cycleId\n          fiscalYear\n          phase\n          sheetDeadline {\n            date\n            daysLeft\n          }\n          opinionDeadline {\n            date\n            daysLeft\n          }\n          sheetCount\n          sheetsSubmitted\n          sheetsReturned\n          sheetsAccepted\n          entriesToConsolidate\n          opinionsToConsolidate\n          councilDraftCount\n          responsesSubmitted\n          opinionsUnanswered\n          lateMembers {\n            memberId\n            name\n            entries\n          }\n        }\n      }\n      admin {\n        activeUsers\n        inactiveUsers\n        lockedUsers\n      }\n    }\n  }\n"): (typeof documents)["\n  query Home {\n    home {\n      today\n      staff {\n        departmentName\n        sheets {\n          id\n          projectId\n          projectName\n          fiscalYear\n          state\n          deadline {\n            date\n            daysLeft\n          }\n          lastActivity {\n            kind\n            at\n            byName\n            comment\n          }\n        }\n        responses {\n          projectId\n          projectName\n          fiscalYear\n          unanswered\n          drafts\n          returned\n          submitted\n          approved\n        }\n      }\n      member {\n        entries {\n          projectId\n          projectName\n          fiscalYear\n          deadline {\n            date\n            daysLeft\n          }\n          status\n          late\n          opinionsAwaited\n          draftCount\n          submittedCount\n          adoptedCount\n          notedCount\n          councilConfirmedCount\n          sheetId\n        }\n      }\n      secretariat {\n        cycles {\n          cycleId\n          fiscalYear\n          phase\n          sheetDeadline {\n            date\n            daysLeft\n          }\n          opinionDeadline {\n            date\n            daysLeft\n          }\n          sheetCount\n          sheetsSubmitted\n          sheetsReturned\n          sheetsAccepted\n          entriesToConsolidate\n          opinionsToConsolidate\n          councilDraftCount\n          responsesSubmitted\n          opinionsUnanswered\n          lateMembers {\n            memberId\n            name\n            entries\n          }\n        }\n      }\n      admin {\n        activeUsers\n        inactiveUsers\n        lockedUsers\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OpinionEntryFields on Project {\n    id\n    name\n    sortOrder\n    cycleId\n    article {\n      id\n      number\n      title\n    }\n    department {\n      id\n      name\n    }\n    group {\n      id\n      name\n      sortOrder\n    }\n    relatedProjects {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment OpinionEntryFields on Project {\n    id\n    name\n    sortOrder\n    cycleId\n    article {\n      id\n      number\n      title\n    }\n    department {\n      id\n      name\n    }\n    group {\n      id\n      name\n      sortOrder\n    }\n    relatedProjects {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberOpinionFields on MemberOpinion {\n    id\n    projectId\n    memberId\n    kind\n    text\n    state\n    version\n    canEdit\n    createdAt\n    updatedAt\n    submittedAt\n    author {\n      id\n      name\n      sortOrder\n    }\n    usedIn {\n      id\n      position\n      mark\n      text\n      state\n    }\n    availableActions {\n      event\n      failedPreconditions\n    }\n  }\n"): (typeof documents)["\n  fragment MemberOpinionFields on MemberOpinion {\n    id\n    projectId\n    memberId\n    kind\n    text\n    state\n    version\n    canEdit\n    createdAt\n    updatedAt\n    submittedAt\n    author {\n      id\n      name\n      sortOrder\n    }\n    usedIn {\n      id\n      position\n      mark\n      text\n      state\n    }\n    availableActions {\n      event\n      failedPreconditions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CouncilOpinionFields on CouncilOpinion {\n    id\n    projectId\n    position\n    mark\n    text\n    state\n    version\n    confirmedOn\n    confirmedBy\n    updatedAt\n    tags {\n      id\n      mark\n      label\n      legend\n    }\n  }\n"): (typeof documents)["\n  fragment CouncilOpinionFields on CouncilOpinion {\n    id\n    projectId\n    position\n    mark\n    text\n    state\n    version\n    confirmedOn\n    confirmedBy\n    updatedAt\n    tags {\n      id\n      mark\n      label\n      legend\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CouncilOpinionDetailFields on CouncilOpinion {\n    ...CouncilOpinionFields\n    sources {\n      id\n      kind\n      text\n      author {\n        id\n        name\n      }\n    }\n    availableActions {\n      event\n      toState\n      requiresComment\n      failedPreconditions\n    }\n  }\n"): (typeof documents)["\n  fragment CouncilOpinionDetailFields on CouncilOpinion {\n    ...CouncilOpinionFields\n    sources {\n      id\n      kind\n      text\n      author {\n        id\n        name\n      }\n    }\n    availableActions {\n      event\n      toState\n      requiresComment\n      failedPreconditions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OpinionCycleFields on Cycle {\n    id\n    fiscalYear\n    phase\n    opinionDeadline\n    tags {\n      id\n      mark\n      label\n      legend\n    }\n  }\n"): (typeof documents)["\n  fragment OpinionCycleFields on Cycle {\n    id\n    fiscalYear\n    phase\n    opinionDeadline\n    tags {\n      id\n      mark\n      label\n      legend\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAssignedEntries($cycleId: ID!) {\n    cycle(id: $cycleId) {\n      ...OpinionCycleFields\n    }\n    myAssignedEntries(cycleId: $cycleId) {\n      ...OpinionEntryFields\n      memberOpinions {\n        ...MemberOpinionFields\n      }\n      councilOpinions {\n        ...CouncilOpinionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyAssignedEntries($cycleId: ID!) {\n    cycle(id: $cycleId) {\n      ...OpinionCycleFields\n    }\n    myAssignedEntries(cycleId: $cycleId) {\n      ...OpinionEntryFields\n      memberOpinions {\n        ...MemberOpinionFields\n      }\n      councilOpinions {\n        ...CouncilOpinionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntrySheet($projectId: ID!) {\n    project(id: $projectId) {\n      id\n      name\n      article {\n        id\n        number\n        title\n      }\n      department {\n        id\n        name\n      }\n      relatedProjects {\n        id\n        name\n      }\n      sheetState\n      sheet {\n        id\n        state\n        version\n        content {\n          ...SheetContentFields\n        }\n        tags {\n          id\n          mark\n          label\n          legend\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EntrySheet($projectId: ID!) {\n    project(id: $projectId) {\n      id\n      name\n      article {\n        id\n        number\n        title\n      }\n      department {\n        id\n        name\n      }\n      relatedProjects {\n        id\n        name\n      }\n      sheetState\n      sheet {\n        id\n        state\n        version\n        content {\n          ...SheetContentFields\n        }\n        tags {\n          id\n          mark\n          label\n          legend\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpinionProgress($cycleId: ID!) {\n    cycle(id: $cycleId) {\n      ...OpinionCycleFields\n    }\n    opinionProgress(cycleId: $cycleId) {\n      assignedCount\n      submittedCount\n      councilDraftCount\n      councilConfirmedCount\n      lateMembers {\n        id\n        name\n      }\n      pendingMembers {\n        id\n        name\n      }\n      project {\n        ...OpinionEntryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpinionProgress($cycleId: ID!) {\n    cycle(id: $cycleId) {\n      ...OpinionCycleFields\n    }\n    opinionProgress(cycleId: $cycleId) {\n      assignedCount\n      submittedCount\n      councilDraftCount\n      councilConfirmedCount\n      lateMembers {\n        id\n        name\n      }\n      pendingMembers {\n        id\n        name\n      }\n      project {\n        ...OpinionEntryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Consolidation($cycleId: ID!, $projectId: ID!) {\n    cycle(id: $cycleId) {\n      ...OpinionCycleFields\n      projects {\n        id\n        name\n        verifiedWithId\n        councilOpinions {\n          id\n          confirmedBy\n        }\n      }\n    }\n    project(id: $projectId) {\n      ...OpinionEntryFields\n      verifiedWithId\n      assignedMembers {\n        id\n        name\n        sortOrder\n      }\n      memberOpinions {\n        ...MemberOpinionFields\n      }\n      councilOpinions {\n        ...CouncilOpinionDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Consolidation($cycleId: ID!, $projectId: ID!) {\n    cycle(id: $cycleId) {\n      ...OpinionCycleFields\n      projects {\n        id\n        name\n        verifiedWithId\n        councilOpinions {\n          id\n          confirmedBy\n        }\n      }\n    }\n    project(id: $projectId) {\n      ...OpinionEntryFields\n      verifiedWithId\n      assignedMembers {\n        id\n        name\n        sortOrder\n      }\n      memberOpinions {\n        ...MemberOpinionFields\n      }\n      councilOpinions {\n        ...CouncilOpinionDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CouncilOpinionRevisions($projectId: ID!) {\n    project(id: $projectId) {\n      id\n      councilOpinions {\n        id\n        version\n        text\n        updatedAt\n        revisions {\n          version\n          text\n          savedAt\n          savedByName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CouncilOpinionRevisions($projectId: ID!) {\n    project(id: $projectId) {\n      id\n      councilOpinions {\n        id\n        version\n        text\n        updatedAt\n        revisions {\n          version\n          text\n          savedAt\n          savedByName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMemberOpinion($input: CreateMemberOpinionInput!) {\n    createMemberOpinion(input: $input) {\n      ...MemberOpinionFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMemberOpinion($input: CreateMemberOpinionInput!) {\n    createMemberOpinion(input: $input) {\n      ...MemberOpinionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMemberOpinion($input: UpdateMemberOpinionInput!) {\n    updateMemberOpinion(input: $input) {\n      ...MemberOpinionFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMemberOpinion($input: UpdateMemberOpinionInput!) {\n    updateMemberOpinion(input: $input) {\n      ...MemberOpinionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMemberOpinion($input: VersionedRefInput!) {\n    deleteMemberOpinion(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteMemberOpinion($input: VersionedRefInput!) {\n    deleteMemberOpinion(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitMemberOpinion($input: MemberOpinionTransitionInput!) {\n    submitMemberOpinion(input: $input) {\n      ...MemberOpinionFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitMemberOpinion($input: MemberOpinionTransitionInput!) {\n    submitMemberOpinion(input: $input) {\n      ...MemberOpinionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdoptMemberOpinion($input: MemberOpinionTransitionInput!) {\n    adoptMemberOpinion(input: $input) {\n      ...MemberOpinionFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdoptMemberOpinion($input: MemberOpinionTransitionInput!) {\n    adoptMemberOpinion(input: $input) {\n      ...MemberOpinionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoteMemberOpinion($input: MemberOpinionTransitionInput!) {\n    noteMemberOpinion(input: $input) {\n      ...MemberOpinionFields\n    }\n  }\n"): (typeof documents)["\n  mutation NoteMemberOpinion($input: MemberOpinionTransitionInput!) {\n    noteMemberOpinion(input: $input) {\n      ...MemberOpinionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoteMemberOpinions($input: NoteMemberOpinionsInput!) {\n    noteMemberOpinions(input: $input) {\n      ...MemberOpinionFields\n    }\n  }\n"): (typeof documents)["\n  mutation NoteMemberOpinions($input: NoteMemberOpinionsInput!) {\n    noteMemberOpinions(input: $input) {\n      ...MemberOpinionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCouncilOpinion($input: CreateCouncilOpinionInput!) {\n    createCouncilOpinion(input: $input) {\n      ...CouncilOpinionDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCouncilOpinion($input: CreateCouncilOpinionInput!) {\n    createCouncilOpinion(input: $input) {\n      ...CouncilOpinionDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCouncilOpinion($input: UpdateCouncilOpinionInput!) {\n    updateCouncilOpinion(input: $input) {\n      ...CouncilOpinionDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCouncilOpinion($input: UpdateCouncilOpinionInput!) {\n    updateCouncilOpinion(input: $input) {\n      ...CouncilOpinionDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeCouncilOpinions($input: MergeCouncilOpinionsInput!) {\n    mergeCouncilOpinions(input: $input) {\n      ...CouncilOpinionDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation MergeCouncilOpinions($input: MergeCouncilOpinionsInput!) {\n    mergeCouncilOpinions(input: $input) {\n      ...CouncilOpinionDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SplitCouncilOpinion($input: SplitCouncilOpinionInput!) {\n    splitCouncilOpinion(input: $input) {\n      ...CouncilOpinionDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation SplitCouncilOpinion($input: SplitCouncilOpinionInput!) {\n    splitCouncilOpinion(input: $input) {\n      ...CouncilOpinionDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderCouncilOpinions($input: ReorderCouncilOpinionsInput!) {\n    reorderCouncilOpinions(input: $input) {\n      ...CouncilOpinionDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReorderCouncilOpinions($input: ReorderCouncilOpinionsInput!) {\n    reorderCouncilOpinions(input: $input) {\n      ...CouncilOpinionDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCouncilOpinion($input: VersionedRefInput!) {\n    deleteCouncilOpinion(input: $input) {\n      ...CouncilOpinionDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteCouncilOpinion($input: VersionedRefInput!) {\n    deleteCouncilOpinion(input: $input) {\n      ...CouncilOpinionDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmCouncilOpinions($input: ConfirmCouncilOpinionsInput!) {\n    confirmCouncilOpinions(input: $input) {\n      ...CouncilOpinionDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmCouncilOpinions($input: ConfirmCouncilOpinionsInput!) {\n    confirmCouncilOpinions(input: $input) {\n      ...CouncilOpinionDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenCouncilOpinion($input: ReopenCouncilOpinionInput!) {\n    reopenCouncilOpinion(input: $input) {\n      ...CouncilOpinionDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenCouncilOpinion($input: ReopenCouncilOpinionInput!) {\n    reopenCouncilOpinion(input: $input) {\n      ...CouncilOpinionDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResponseFields on Response {\n    id\n    version\n    state\n    position\n    marks\n    text\n    category\n    difficultyReason\n    dueDate\n    submittedAt\n    approvedAt\n    updatedAt\n    updatedByName\n    projectId\n    tags {\n      id\n      mark\n      label\n      legend\n      responseLegend\n    }\n    councilOpinions {\n      id\n      mark\n    }\n    availableActions {\n      event\n      toState\n      requiresComment\n      failedPreconditions\n      mayOverride\n    }\n    permissions {\n      canEdit\n      canDelete\n      seesHistory\n    }\n  }\n"): (typeof documents)["\n  fragment ResponseFields on Response {\n    id\n    version\n    state\n    position\n    marks\n    text\n    category\n    difficultyReason\n    dueDate\n    submittedAt\n    approvedAt\n    updatedAt\n    updatedByName\n    projectId\n    tags {\n      id\n      mark\n      label\n      legend\n      responseLegend\n    }\n    councilOpinions {\n      id\n      mark\n    }\n    availableActions {\n      event\n      toState\n      requiresComment\n      failedPreconditions\n      mayOverride\n    }\n    permissions {\n      canEdit\n      canDelete\n      seesHistory\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResponseReviewFields on Response {\n    returned {\n      version\n      text\n      category\n      difficultyReason\n      dueDate\n      marks\n    }\n    transitions {\n      id\n      event\n      fromState\n      toState\n      actorName\n      comment\n      overridden\n      at\n    }\n  }\n"): (typeof documents)["\n  fragment ResponseReviewFields on Response {\n    returned {\n      version\n      text\n      category\n      difficultyReason\n      dueDate\n      marks\n    }\n    transitions {\n      id\n      event\n      fromState\n      toState\n      actorName\n      comment\n      overridden\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntryResponses($id: ID!) {\n    project(id: $id) {\n      id\n      name\n      cycleId\n      page\n      canDraftResponse\n      article {\n        id\n        number\n        title\n      }\n      department {\n        id\n        name\n      }\n      responseProgress {\n        total\n        answered\n        submitted\n        returned\n        approved\n        unanswered\n      }\n      councilOpinions {\n        id\n        mark\n        position\n        text\n        state\n        tags {\n          id\n          mark\n          label\n          legend\n          responseLegend\n        }\n        response {\n          id\n        }\n      }\n      responses {\n        ...ResponseFields\n        ...ResponseReviewFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query EntryResponses($id: ID!) {\n    project(id: $id) {\n      id\n      name\n      cycleId\n      page\n      canDraftResponse\n      article {\n        id\n        number\n        title\n      }\n      department {\n        id\n        name\n      }\n      responseProgress {\n        total\n        answered\n        submitted\n        returned\n        approved\n        unanswered\n      }\n      councilOpinions {\n        id\n        mark\n        position\n        text\n        state\n        tags {\n          id\n          mark\n          label\n          legend\n          responseLegend\n        }\n        response {\n          id\n        }\n      }\n      responses {\n        ...ResponseFields\n        ...ResponseReviewFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResponseEntries($cycleId: ID!) {\n    cycle(id: $cycleId) {\n      id\n      fiscalYear\n      phase\n      responseProgress {\n        total\n        answered\n        submitted\n        returned\n        approved\n        unanswered\n      }\n      projects {\n        id\n        name\n        page\n        sortOrder\n        verifiedWithId\n        departmentId\n        article {\n          id\n          number\n        }\n        department {\n          id\n          name\n        }\n        responseProgress {\n          total\n          answered\n          submitted\n          approved\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResponseEntries($cycleId: ID!) {\n    cycle(id: $cycleId) {\n      id\n      fiscalYear\n      phase\n      responseProgress {\n        total\n        answered\n        submitted\n        returned\n        approved\n        unanswered\n      }\n      projects {\n        id\n        name\n        page\n        sortOrder\n        verifiedWithId\n        departmentId\n        article {\n          id\n          number\n        }\n        department {\n          id\n          name\n        }\n        responseProgress {\n          total\n          answered\n          submitted\n          approved\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResponseQueue($filter: ResponseFilterInput!) {\n    responses(filter: $filter) {\n      ...ResponseFields\n      ...ResponseReviewFields\n      project {\n        id\n        name\n        article {\n          id\n          number\n        }\n        department {\n          id\n          name\n        }\n      }\n      councilOpinions {\n        id\n        mark\n        text\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResponseQueue($filter: ResponseFilterInput!) {\n    responses(filter: $filter) {\n      ...ResponseFields\n      ...ResponseReviewFields\n      project {\n        id\n        name\n        article {\n          id\n          number\n        }\n        department {\n          id\n          name\n        }\n      }\n      councilOpinions {\n        id\n        mark\n        text\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResponseQueueSetup($cycleId: ID!) {\n    cycle(id: $cycleId) {\n      id\n      articles {\n        id\n        number\n        title\n      }\n      responseProgress {\n        total\n        answered\n        submitted\n        returned\n        approved\n        unanswered\n      }\n    }\n    departments {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query ResponseQueueSetup($cycleId: ID!) {\n    cycle(id: $cycleId) {\n      id\n      articles {\n        id\n        number\n        title\n      }\n      responseProgress {\n        total\n        answered\n        submitted\n        returned\n        approved\n        unanswered\n      }\n    }\n    departments {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateResponse($input: CreateResponseInput!) {\n    createResponse(input: $input) {\n      ...ResponseFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateResponse($input: CreateResponseInput!) {\n    createResponse(input: $input) {\n      ...ResponseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateResponse($input: UpdateResponseInput!) {\n    updateResponse(input: $input) {\n      ...ResponseFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateResponse($input: UpdateResponseInput!) {\n    updateResponse(input: $input) {\n      ...ResponseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteResponse($input: VersionedRefInput!) {\n    deleteResponse(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteResponse($input: VersionedRefInput!) {\n    deleteResponse(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitResponse($input: ResponseTransitionInput!) {\n    submitResponse(input: $input) {\n      ...ResponseFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitResponse($input: ResponseTransitionInput!) {\n    submitResponse(input: $input) {\n      ...ResponseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitResponses($input: ResponsesTransitionInput!) {\n    submitResponses(input: $input) {\n      ...ResponseFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitResponses($input: ResponsesTransitionInput!) {\n    submitResponses(input: $input) {\n      ...ResponseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnResponse($input: ResponseTransitionInput!) {\n    returnResponse(input: $input) {\n      ...ResponseFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReturnResponse($input: ResponseTransitionInput!) {\n    returnResponse(input: $input) {\n      ...ResponseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveResponse($input: ResponseTransitionInput!) {\n    approveResponse(input: $input) {\n      ...ResponseFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveResponse($input: ResponseTransitionInput!) {\n    approveResponse(input: $input) {\n      ...ResponseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveResponses($input: ResponsesTransitionInput!) {\n    approveResponses(input: $input) {\n      ...ResponseFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveResponses($input: ResponsesTransitionInput!) {\n    approveResponses(input: $input) {\n      ...ResponseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenResponse($input: ResponseTransitionInput!) {\n    reopenResponse(input: $input) {\n      ...ResponseFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenResponse($input: ResponseTransitionInput!) {\n    reopenResponse(input: $input) {\n      ...ResponseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DepartmentFields on Department {\n    id\n    name\n    bureau\n    version\n  }\n"): (typeof documents)["\n  fragment DepartmentFields on Department {\n    id\n    name\n    bureau\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Departments {\n    departments {\n      ...DepartmentFields\n    }\n  }\n"): (typeof documents)["\n  query Departments {\n    departments {\n      ...DepartmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      ...DepartmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      ...DepartmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDepartment($input: UpdateDepartmentInput!) {\n    updateDepartment(input: $input) {\n      ...DepartmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDepartment($input: UpdateDepartmentInput!) {\n    updateDepartment(input: $input) {\n      ...DepartmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDepartment($input: VersionedRefInput!) {\n    deleteDepartment(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteDepartment($input: VersionedRefInput!) {\n    deleteDepartment(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SetupProject on Project {\n    id\n    name\n    kind\n    page\n    sortOrder\n    version\n    articleId\n    departmentId\n    groupId\n    verifiedWithId\n    withdrawnAt\n    withdrawnReason\n    department {\n      id\n      name\n    }\n    group {\n      id\n      name\n    }\n    assignedMembers {\n      id\n      name\n      isChair\n    }\n  }\n"): (typeof documents)["\n  fragment SetupProject on Project {\n    id\n    name\n    kind\n    page\n    sortOrder\n    version\n    articleId\n    departmentId\n    groupId\n    verifiedWithId\n    withdrawnAt\n    withdrawnReason\n    department {\n      id\n      name\n    }\n    group {\n      id\n      name\n    }\n    assignedMembers {\n      id\n      name\n      isChair\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntriesSetup($id: ID!) {\n    cycle(id: $id) {\n      id\n      fiscalYear\n      phase\n      canEditSetup\n      articles {\n        id\n        number\n        title\n      }\n      groups {\n        id\n        name\n        members {\n          id\n          name\n          isChair\n          sortOrder\n        }\n      }\n      projects {\n        ...SetupProject\n      }\n    }\n    departments {\n      id\n      name\n      bureau\n    }\n  }\n"): (typeof documents)["\n  query EntriesSetup($id: ID!) {\n    cycle(id: $id) {\n      id\n      fiscalYear\n      phase\n      canEditSetup\n      articles {\n        id\n        number\n        title\n      }\n      groups {\n        id\n        name\n        members {\n          id\n          name\n          isChair\n          sortOrder\n        }\n      }\n      projects {\n        ...SetupProject\n      }\n    }\n    departments {\n      id\n      name\n      bureau\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      ...SetupProject\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      ...SetupProject\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      ...SetupProject\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      ...SetupProject\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteProject($input: VersionedRefInput!) {\n    deleteProject(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteProject($input: VersionedRefInput!) {\n    deleteProject(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawProject($input: WithdrawProjectInput!) {\n    withdrawProject(input: $input) {\n      ...SetupProject\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawProject($input: WithdrawProjectInput!) {\n    withdrawProject(input: $input) {\n      ...SetupProject\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReinstateProject($input: VersionedRefInput!) {\n    reinstateProject(input: $input) {\n      ...SetupProject\n    }\n  }\n"): (typeof documents)["\n  mutation ReinstateProject($input: VersionedRefInput!) {\n    reinstateProject(input: $input) {\n      ...SetupProject\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetProjectAssignments($input: SetAssignmentsInput!) {\n    setProjectAssignments(input: $input) {\n      ...SetupProject\n    }\n  }\n"): (typeof documents)["\n  mutation SetProjectAssignments($input: SetAssignmentsInput!) {\n    setProjectAssignments(input: $input) {\n      ...SetupProject\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SetupGroup on Group {\n    id\n    name\n    sortOrder\n    version\n    members {\n      id\n      name\n      isChair\n      sortOrder\n    }\n    projects {\n      id\n      name\n      page\n      article {\n        id\n        number\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SetupGroup on Group {\n    id\n    name\n    sortOrder\n    version\n    members {\n      id\n      name\n      isChair\n      sortOrder\n    }\n    projects {\n      id\n      name\n      page\n      article {\n        id\n        number\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupsSetup($id: ID!) {\n    cycle(id: $id) {\n      id\n      fiscalYear\n      phase\n      canEditSetup\n      groups {\n        ...SetupGroup\n      }\n    }\n    bodies {\n      id\n      kind\n      name\n      shortName\n    }\n    members {\n      id\n      bodyId\n      name\n      affiliation\n      isChair\n      sortOrder\n    }\n  }\n"): (typeof documents)["\n  query GroupsSetup($id: ID!) {\n    cycle(id: $id) {\n      id\n      fiscalYear\n      phase\n      canEditSetup\n      groups {\n        ...SetupGroup\n      }\n    }\n    bodies {\n      id\n      kind\n      name\n      shortName\n    }\n    members {\n      id\n      bodyId\n      name\n      affiliation\n      isChair\n      sortOrder\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...SetupGroup\n    }\n  }\n"): (typeof documents)["\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...SetupGroup\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      ...SetupGroup\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      ...SetupGroup\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteGroup($input: VersionedRefInput!) {\n    deleteGroup(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteGroup($input: VersionedRefInput!) {\n    deleteGroup(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetGroupMembers($input: SetGroupMembersInput!) {\n    setGroupMembers(input: $input) {\n      ...SetupGroup\n    }\n  }\n"): (typeof documents)["\n  mutation SetGroupMembers($input: SetGroupMembersInput!) {\n    setGroupMembers(input: $input) {\n      ...SetupGroup\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberFields on Member {\n    id\n    bodyId\n    name\n    affiliation\n    title\n    category\n    isChair\n    alsoCouncilMember\n    termStart\n    termEnd\n    sortOrder\n    version\n  }\n"): (typeof documents)["\n  fragment MemberFields on Member {\n    id\n    bodyId\n    name\n    affiliation\n    title\n    category\n    isChair\n    alsoCouncilMember\n    termStart\n    termEnd\n    sortOrder\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MembersSetup {\n    bodies {\n      id\n      kind\n      name\n      shortName\n    }\n    members {\n      ...MemberFields\n    }\n  }\n"): (typeof documents)["\n  query MembersSetup {\n    bodies {\n      id\n      kind\n      name\n      shortName\n    }\n    members {\n      ...MemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMember($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      ...MemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMember($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      ...MemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      ...MemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      ...MemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMember($input: VersionedRefInput!) {\n    deleteMember(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteMember($input: VersionedRefInput!) {\n    deleteMember(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArticleFields on Article {\n    id\n    number\n    title\n    version\n  }\n"): (typeof documents)["\n  fragment ArticleFields on Article {\n    id\n    number\n    title\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrdinanceSetup {\n    ordinances {\n      id\n      name\n      shortName\n      effectiveDate\n      version\n      articles {\n        ...ArticleFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrdinanceSetup {\n    ordinances {\n      id\n      name\n      shortName\n      effectiveDate\n      version\n      articles {\n        ...ArticleFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrdinance($input: UpdateOrdinanceInput!) {\n    updateOrdinance(input: $input) {\n      id\n      name\n      shortName\n      effectiveDate\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrdinance($input: UpdateOrdinanceInput!) {\n    updateOrdinance(input: $input) {\n      id\n      name\n      shortName\n      effectiveDate\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateArticle($input: CreateArticleInput!) {\n    createArticle(input: $input) {\n      ...ArticleFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateArticle($input: CreateArticleInput!) {\n    createArticle(input: $input) {\n      ...ArticleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateArticle($input: UpdateArticleInput!) {\n    updateArticle(input: $input) {\n      ...ArticleFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateArticle($input: UpdateArticleInput!) {\n    updateArticle(input: $input) {\n      ...ArticleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteArticle($input: VersionedRefInput!) {\n    deleteArticle(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteArticle($input: VersionedRefInput!) {\n    deleteArticle(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SheetContentFields on SheetContent {\n    items {\n      heading\n      text\n      bullets\n      table\n    }\n    indicators {\n      label\n      unit\n      approximate\n      note\n      values {\n        fiscalYear\n        value\n      }\n    }\n    assessment\n    notes\n  }\n"): (typeof documents)["\n  fragment SheetContentFields on SheetContent {\n    items {\n      heading\n      text\n      bullets\n      table\n    }\n    indicators {\n      label\n      unit\n      approximate\n      note\n      values {\n        fiscalYear\n        value\n      }\n    }\n    assessment\n    notes\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SheetRowFields on Sheet {\n    id\n    cycleId\n    state\n    version\n    updatedAt\n    updatedByName\n    lastActivity {\n      kind\n      at\n      byName\n    }\n    submittedAt\n    project {\n      id\n      name\n      sortOrder\n      article {\n        id\n        number\n        title\n      }\n      department {\n        id\n        name\n      }\n      group {\n        id\n        name\n      }\n    }\n    tags {\n      id\n      mark\n      label\n      legend\n    }\n    availableActions {\n      event\n      toState\n      requiresComment\n      failedPreconditions\n    }\n  }\n"): (typeof documents)["\n  fragment SheetRowFields on Sheet {\n    id\n    cycleId\n    state\n    version\n    updatedAt\n    updatedByName\n    lastActivity {\n      kind\n      at\n      byName\n    }\n    submittedAt\n    project {\n      id\n      name\n      sortOrder\n      article {\n        id\n        number\n        title\n      }\n      department {\n        id\n        name\n      }\n      group {\n        id\n        name\n      }\n    }\n    tags {\n      id\n      mark\n      label\n      legend\n    }\n    availableActions {\n      event\n      toState\n      requiresComment\n      failedPreconditions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SheetDetailFields on Sheet {\n    ...SheetRowFields\n    canEdit\n    createdAt\n    content {\n      ...SheetContentFields\n    }\n    project {\n      id\n      kind\n      departmentId\n      relatedProjects {\n        id\n        name\n      }\n    }\n    revisions {\n      version\n      number\n      savedAt\n      savedByName\n      current\n    }\n    transitions {\n      id\n      event\n      fromState\n      toState\n      actorName\n      comment\n      at\n    }\n  }\n"): (typeof documents)["\n  fragment SheetDetailFields on Sheet {\n    ...SheetRowFields\n    canEdit\n    createdAt\n    content {\n      ...SheetContentFields\n    }\n    project {\n      id\n      kind\n      departmentId\n      relatedProjects {\n        id\n        name\n      }\n    }\n    revisions {\n      version\n      number\n      savedAt\n      savedByName\n      current\n    }\n    transitions {\n      id\n      event\n      fromState\n      toState\n      actorName\n      comment\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SheetList($filter: SheetFilterInput!) {\n    sheets(filter: $filter) {\n      ...SheetRowFields\n    }\n  }\n"): (typeof documents)["\n  query SheetList($filter: SheetFilterInput!) {\n    sheets(filter: $filter) {\n      ...SheetRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SheetCycle($id: ID!) {\n    cycle(id: $id) {\n      id\n      fiscalYear\n      phase\n      sheetDeadline\n      tags {\n        id\n        mark\n        label\n        legend\n      }\n    }\n  }\n"): (typeof documents)["\n  query SheetCycle($id: ID!) {\n    cycle(id: $id) {\n      id\n      fiscalYear\n      phase\n      sheetDeadline\n      tags {\n        id\n        mark\n        label\n        legend\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SheetReviewSetup($id: ID!) {\n    cycle(id: $id) {\n      id\n      fiscalYear\n      sheetDeadline\n      articles {\n        id\n        number\n        title\n      }\n      groups {\n        id\n        name\n      }\n      sheetProgress {\n        state\n        count\n      }\n    }\n    departments {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query SheetReviewSetup($id: ID!) {\n    cycle(id: $id) {\n      id\n      fiscalYear\n      sheetDeadline\n      articles {\n        id\n        number\n        title\n      }\n      groups {\n        id\n        name\n      }\n      sheetProgress {\n        state\n        count\n      }\n    }\n    departments {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Sheet($id: ID!) {\n    sheet(id: $id) {\n      ...SheetDetailFields\n    }\n  }\n"): (typeof documents)["\n  query Sheet($id: ID!) {\n    sheet(id: $id) {\n      ...SheetDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SheetComments($id: ID!) {\n    sheet(id: $id) {\n      id\n      comments {\n        id\n        body\n        authorName\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query SheetComments($id: ID!) {\n    sheet(id: $id) {\n      id\n      comments {\n        id\n        body\n        authorName\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SheetAttachments($id: ID!) {\n    sheet(id: $id) {\n      id\n      canEdit\n      attachments {\n        id\n        fileName\n        mimeType\n        size\n        uploadedAt\n        uploadedByName\n        url\n      }\n    }\n  }\n"): (typeof documents)["\n  query SheetAttachments($id: ID!) {\n    sheet(id: $id) {\n      id\n      canEdit\n      attachments {\n        id\n        fileName\n        mimeType\n        size\n        uploadedAt\n        uploadedByName\n        url\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SheetVersions($id: ID!, $from: Int!, $to: Int!) {\n    sheet(id: $id) {\n      id\n      from: versionContent(version: $from) {\n        version\n        content {\n          ...SheetContentFields\n        }\n      }\n      to: versionContent(version: $to) {\n        version\n        content {\n          ...SheetContentFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SheetVersions($id: ID!, $from: Int!, $to: Int!) {\n    sheet(id: $id) {\n      id\n      from: versionContent(version: $from) {\n        version\n        content {\n          ...SheetContentFields\n        }\n      }\n      to: versionContent(version: $to) {\n        version\n        content {\n          ...SheetContentFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveSheet($input: SaveSheetInput!) {\n    saveSheet(input: $input) {\n      ...SheetDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveSheet($input: SaveSheetInput!) {\n    saveSheet(input: $input) {\n      ...SheetDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitSheet($input: SheetTransitionInput!) {\n    submitSheet(input: $input) {\n      ...SheetDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitSheet($input: SheetTransitionInput!) {\n    submitSheet(input: $input) {\n      ...SheetDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnSheet($input: SheetTransitionInput!) {\n    returnSheet(input: $input) {\n      ...SheetDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReturnSheet($input: SheetTransitionInput!) {\n    returnSheet(input: $input) {\n      ...SheetDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptSheet($input: SheetTransitionInput!) {\n    acceptSheet(input: $input) {\n      ...SheetDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptSheet($input: SheetTransitionInput!) {\n    acceptSheet(input: $input) {\n      ...SheetDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenSheet($input: SheetTransitionInput!) {\n    reopenSheet(input: $input) {\n      ...SheetDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenSheet($input: SheetTransitionInput!) {\n    reopenSheet(input: $input) {\n      ...SheetDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddSheetComment($input: AddSheetCommentInput!) {\n    addSheetComment(input: $input) {\n      id\n      body\n      authorName\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation AddSheetComment($input: AddSheetCommentInput!) {\n    addSheetComment(input: $input) {\n      id\n      body\n      authorName\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSheetTags($input: SetSheetTagsInput!) {\n    setSheetTags(input: $input) {\n      id\n      version\n      updatedAt\n      updatedByName\n      tags {\n        id\n        mark\n        label\n        legend\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetSheetTags($input: SetSheetTagsInput!) {\n    setSheetTags(input: $input) {\n      id\n      version\n      updatedAt\n      updatedByName\n      tags {\n        id\n        mark\n        label\n        legend\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeOwnPassword($input: ChangeOwnPasswordInput!) {\n    changeOwnPassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangeOwnPassword($input: ChangeOwnPasswordInput!) {\n    changeOwnPassword(input: $input)\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;