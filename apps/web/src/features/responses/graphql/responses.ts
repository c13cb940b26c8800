import { graphql } from '../../../generated';

/** A response as every screen shows it: what it says, its state, and what the caller may do with it. */
export const ResponseFieldsFragment = graphql(`
  fragment ResponseFields on Response {
    id
    version
    state
    position
    marks
    text
    category
    difficultyReason
    dueDate
    submittedAt
    approvedAt
    updatedAt
    updatedByName
    projectId
    tags {
      id
      mark
      label
      legend
      responseLegend
    }
    councilOpinions {
      id
      mark
    }
    availableActions {
      event
      toState
      requiresComment
      failedPreconditions
      mayOverride
    }
    permissions {
      canEdit
      canDelete
      seesHistory
    }
  }
`);

/** Its review: the version last returned (the base of the diff) and the transitions. */
export const ResponseReviewFieldsFragment = graphql(`
  fragment ResponseReviewFields on Response {
    returned {
      version
      text
      category
      difficultyReason
      dueDate
      marks
    }
    transitions {
      id
      event
      fromState
      toState
      actorName
      comment
      overridden
      at
    }
  }
`);

/** One entry: the council's confirmed opinions (Check) and the responses to them (Action), side by side. */
export const EntryResponsesQuery = graphql(`
  query EntryResponses($id: ID!) {
    project(id: $id) {
      id
      name
      cycleId
      page
      canDraftResponse
      article {
        id
        number
        title
      }
      department {
        id
        name
      }
      responseProgress {
        total
        answered
        submitted
        returned
        approved
        unanswered
      }
      councilOpinions {
        id
        mark
        position
        text
        state
        tags {
          id
          mark
          label
          legend
          responseLegend
        }
        response {
          id
        }
      }
      responses {
        ...ResponseFields
        ...ResponseReviewFields
      }
    }
  }
`);

/** The cycle's entries with their progress (answered / submitted / approved), and the cycle's. */
export const ResponseEntriesQuery = graphql(`
  query ResponseEntries($cycleId: ID!) {
    cycle(id: $cycleId) {
      id
      fiscalYear
      phase
      responseProgress {
        total
        answered
        submitted
        returned
        approved
        unanswered
      }
      projects {
        id
        name
        page
        sortOrder
        verifiedWithId
        departmentId
        article {
          id
          number
        }
        department {
          id
          name
        }
        responseProgress {
          total
          answered
          submitted
          approved
        }
      }
    }
  }
`);

/** The secretariat's approval queue across departments, with what each response answers and returned. */
export const ResponseQueueQuery = graphql(`
  query ResponseQueue($filter: ResponseFilterInput!) {
    responses(filter: $filter) {
      ...ResponseFields
      ...ResponseReviewFields
      project {
        id
        name
        article {
          id
          number
        }
        department {
          id
          name
        }
      }
      councilOpinions {
        id
        mark
        text
      }
    }
  }
`);

/** The queue's filters: the cycle's articles and the departments, and the cycle's progress. */
export const ResponseQueueSetupQuery = graphql(`
  query ResponseQueueSetup($cycleId: ID!) {
    cycle(id: $cycleId) {
      id
      articles {
        id
        number
        title
      }
      responseProgress {
        total
        answered
        submitted
        returned
        approved
        unanswered
      }
    }
    departments {
      id
      name
    }
  }
`);

export const CreateResponseMutation = graphql(`
  mutation CreateResponse($input: CreateResponseInput!) {
    createResponse(input: $input) {
      ...ResponseFields
    }
  }
`);

export const UpdateResponseMutation = graphql(`
  mutation UpdateResponse($input: UpdateResponseInput!) {
    updateResponse(input: $input) {
      ...ResponseFields
    }
  }
`);

export const DeleteResponseMutation = graphql(`
  mutation DeleteResponse($input: VersionedRefInput!) {
    deleteResponse(input: $input) {
      id
    }
  }
`);

export const SubmitResponseMutation = graphql(`
  mutation SubmitResponse($input: ResponseTransitionInput!) {
    submitResponse(input: $input) {
      ...ResponseFields
    }
  }
`);

export const SubmitResponsesMutation = graphql(`
  mutation SubmitResponses($input: ResponsesTransitionInput!) {
    submitResponses(input: $input) {
      ...ResponseFields
    }
  }
`);

export const ReturnResponseMutation = graphql(`
  mutation ReturnResponse($input: ResponseTransitionInput!) {
    returnResponse(input: $input) {
      ...ResponseFields
    }
  }
`);

export const ApproveResponseMutation = graphql(`
  mutation ApproveResponse($input: ResponseTransitionInput!) {
    approveResponse(input: $input) {
      ...ResponseFields
    }
  }
`);

export const ApproveResponsesMutation = graphql(`
  mutation ApproveResponses($input: ResponsesTransitionInput!) {
    approveResponses(input: $input) {
      ...ResponseFields
    }
  }
`);

export const ReopenResponseMutation = graphql(`
  mutation ReopenResponse($input: ResponseTransitionInput!) {
    reopenResponse(input: $input) {
      ...ResponseFields
    }
  }
`);
