import { graphql } from '../../../generated';

/** The entry as the Check screens head it: name, article, department, group, related projects. */
export const OpinionEntryFieldsFragment = graphql(`
  fragment OpinionEntryFields on Project {
    id
    name
    sortOrder
    cycleId
    article {
      id
      number
      title
    }
    department {
      id
      name
    }
    group {
      id
      name
      sortOrder
    }
    relatedProjects {
      id
      name
    }
  }
`);

/** A member opinion with what the caller may do with it and where it went. */
export const MemberOpinionFieldsFragment = graphql(`
  fragment MemberOpinionFields on MemberOpinion {
    id
    projectId
    memberId
    kind
    text
    state
    version
    canEdit
    createdAt
    updatedAt
    submittedAt
    author {
      id
      name
      sortOrder
    }
    usedIn {
      id
      position
      mark
      text
      state
    }
    availableActions {
      event
      failedPreconditions
    }
  }
`);

/** A council opinion as both sides read it (members get the confirmed ones, without sources). */
export const CouncilOpinionFieldsFragment = graphql(`
  fragment CouncilOpinionFields on CouncilOpinion {
    id
    projectId
    position
    mark
    text
    state
    version
    confirmedOn
    confirmedBy
    updatedAt
    tags {
      id
      mark
      label
      legend
    }
  }
`);

/** The secretariat's view of a council opinion: its sources and what may be done with it. */
export const CouncilOpinionDetailFieldsFragment = graphql(`
  fragment CouncilOpinionDetailFields on CouncilOpinion {
    ...CouncilOpinionFields
    sources {
      id
      kind
      text
      author {
        id
        name
      }
    }
    availableActions {
      event
      toState
      requiresComment
      failedPreconditions
    }
  }
`);

/** The cycle as the Check screens need it: year, phase, the opinions' deadline and the tags. */
export const OpinionCycleFieldsFragment = graphql(`
  fragment OpinionCycleFields on Cycle {
    id
    fiscalYear
    phase
    opinionDeadline
    tags {
      id
      mark
      label
      legend
    }
  }
`);

/** A member's to-do list: the entries assigned to them, with their own (and their group's) opinions. */
export const MyAssignedEntriesQuery = graphql(`
  query MyAssignedEntries($cycleId: ID!) {
    cycle(id: $cycleId) {
      ...OpinionCycleFields
    }
    myAssignedEntries(cycleId: $cycleId) {
      ...OpinionEntryFields
      memberOpinions {
        ...MemberOpinionFields
      }
      councilOpinions {
        ...CouncilOpinionFields
      }
    }
  }
`);

/** The entry's verification sheet to read beside the opinions (null when the caller may not read it). */
export const EntrySheetQuery = graphql(`
  query EntrySheet($projectId: ID!) {
    project(id: $projectId) {
      id
      name
      article {
        id
        number
        title
      }
      department {
        id
        name
      }
      relatedProjects {
        id
        name
      }
      sheetState
      sheet {
        id
        state
        version
        content {
          ...SheetContentFields
        }
        tags {
          id
          mark
          label
          legend
        }
      }
    }
  }
`);

/** The secretariat's overview: per entry, who submitted, who is late, how far the council opinions are. */
export const OpinionProgressQuery = graphql(`
  query OpinionProgress($cycleId: ID!) {
    cycle(id: $cycleId) {
      ...OpinionCycleFields
    }
    opinionProgress(cycleId: $cycleId) {
      assignedCount
      submittedCount
      councilDraftCount
      councilConfirmedCount
      lateMembers {
        id
        name
      }
      pendingMembers {
        id
        name
      }
      project {
        ...OpinionEntryFields
      }
    }
  }
`);

/**
 * One entry's consolidation, with the cycle's other entries by name only (to step between them and to
 * offer the reference of the last confirmation again).
 */
export const ConsolidationQuery = graphql(`
  query Consolidation($cycleId: ID!, $projectId: ID!) {
    cycle(id: $cycleId) {
      ...OpinionCycleFields
      projects {
        id
        name
        verifiedWithId
        councilOpinions {
          id
          confirmedBy
        }
      }
    }
    project(id: $projectId) {
      ...OpinionEntryFields
      verifiedWithId
      assignedMembers {
        id
        name
        sortOrder
      }
      memberOpinions {
        ...MemberOpinionFields
      }
      councilOpinions {
        ...CouncilOpinionDetailFields
      }
    }
  }
`);

/** Earlier wordings of an entry's opinions, read when asked for. */
export const CouncilOpinionRevisionsQuery = graphql(`
  query CouncilOpinionRevisions($projectId: ID!) {
    project(id: $projectId) {
      id
      councilOpinions {
        id
        version
        text
        updatedAt
        revisions {
          version
          text
          savedAt
          savedByName
        }
      }
    }
  }
`);

export const CreateMemberOpinionMutation = graphql(`
  mutation CreateMemberOpinion($input: CreateMemberOpinionInput!) {
    createMemberOpinion(input: $input) {
      ...MemberOpinionFields
    }
  }
`);

export const UpdateMemberOpinionMutation = graphql(`
  mutation UpdateMemberOpinion($input: UpdateMemberOpinionInput!) {
    updateMemberOpinion(input: $input) {
      ...MemberOpinionFields
    }
  }
`);

export const DeleteMemberOpinionMutation = graphql(`
  mutation DeleteMemberOpinion($input: VersionedRefInput!) {
    deleteMemberOpinion(input: $input) {
      id
    }
  }
`);

export const SubmitMemberOpinionMutation = graphql(`
  mutation SubmitMemberOpinion($input: MemberOpinionTransitionInput!) {
    submitMemberOpinion(input: $input) {
      ...MemberOpinionFields
    }
  }
`);

export const AdoptMemberOpinionMutation = graphql(`
  mutation AdoptMemberOpinion($input: MemberOpinionTransitionInput!) {
    adoptMemberOpinion(input: $input) {
      ...MemberOpinionFields
    }
  }
`);

export const NoteMemberOpinionMutation = graphql(`
  mutation NoteMemberOpinion($input: MemberOpinionTransitionInput!) {
    noteMemberOpinion(input: $input) {
      ...MemberOpinionFields
    }
  }
`);

export const NoteMemberOpinionsMutation = graphql(`
  mutation NoteMemberOpinions($input: NoteMemberOpinionsInput!) {
    noteMemberOpinions(input: $input) {
      ...MemberOpinionFields
    }
  }
`);

export const CreateCouncilOpinionMutation = graphql(`
  mutation CreateCouncilOpinion($input: CreateCouncilOpinionInput!) {
    createCouncilOpinion(input: $input) {
      ...CouncilOpinionDetailFields
    }
  }
`);

export const UpdateCouncilOpinionMutation = graphql(`
  mutation UpdateCouncilOpinion($input: UpdateCouncilOpinionInput!) {
    updateCouncilOpinion(input: $input) {
      ...CouncilOpinionDetailFields
    }
  }
`);

export const MergeCouncilOpinionsMutation = graphql(`
  mutation MergeCouncilOpinions($input: MergeCouncilOpinionsInput!) {
    mergeCouncilOpinions(input: $input) {
      ...CouncilOpinionDetailFields
    }
  }
`);

export const SplitCouncilOpinionMutation = graphql(`
  mutation SplitCouncilOpinion($input: SplitCouncilOpinionInput!) {
    splitCouncilOpinion(input: $input) {
      ...CouncilOpinionDetailFields
    }
  }
`);

export const ReorderCouncilOpinionsMutation = graphql(`
  mutation ReorderCouncilOpinions($input: ReorderCouncilOpinionsInput!) {
    reorderCouncilOpinions(input: $input) {
      ...CouncilOpinionDetailFields
    }
  }
`);

export const DeleteCouncilOpinionMutation = graphql(`
  mutation DeleteCouncilOpinion($input: VersionedRefInput!) {
    deleteCouncilOpinion(input: $input) {
      ...CouncilOpinionDetailFields
    }
  }
`);

export const ConfirmCouncilOpinionsMutation = graphql(`
  mutation ConfirmCouncilOpinions($input: ConfirmCouncilOpinionsInput!) {
    confirmCouncilOpinions(input: $input) {
      ...CouncilOpinionDetailFields
    }
  }
`);

export const ReopenCouncilOpinionMutation = graphql(`
  mutation ReopenCouncilOpinion($input: ReopenCouncilOpinionInput!) {
    reopenCouncilOpinion(input: $input) {
      ...CouncilOpinionDetailFields
    }
  }
`);
