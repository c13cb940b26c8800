import { graphql } from '../../../generated';

export const SheetContentFieldsFragment = graphql(`
  fragment SheetContentFields on SheetContent {
    items {
      heading
      text
      bullets
      table
    }
    indicators {
      label
      unit
      approximate
      note
      values {
        fiscalYear
        value
      }
    }
    assessment
    notes
  }
`);

/** A row of the lists: the entry, its state, its last change and what the caller may do with it. */
export const SheetRowFieldsFragment = graphql(`
  fragment SheetRowFields on Sheet {
    id
    cycleId
    state
    version
    updatedAt
    updatedByName
    lastActivity {
      kind
      at
      byName
    }
    submittedAt
    project {
      id
      name
      sortOrder
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
      }
    }
    tags {
      id
      mark
      label
      legend
    }
    availableActions {
      event
      toState
      requiresComment
      failedPreconditions
    }
  }
`);

/** Everything the sheet page shows. */
export const SheetDetailFieldsFragment = graphql(`
  fragment SheetDetailFields on Sheet {
    ...SheetRowFields
    canEdit
    createdAt
    content {
      ...SheetContentFields
    }
    project {
      id
      kind
      departmentId
      relatedProjects {
        id
        name
      }
    }
    revisions {
      version
      number
      savedAt
      savedByName
      current
    }
    transitions {
      id
      event
      fromState
      toState
      actorName
      comment
      at
    }
  }
`);

export const SheetListQuery = graphql(`
  query SheetList($filter: SheetFilterInput!) {
    sheets(filter: $filter) {
      ...SheetRowFields
    }
  }
`);

/** The cycle as the sheet screens need it: year, phase, deadline, tags, and the secretariat's filters. */
export const SheetCycleQuery = graphql(`
  query SheetCycle($id: ID!) {
    cycle(id: $id) {
      id
      fiscalYear
      phase
      sheetDeadline
      tags {
        id
        mark
        label
        legend
      }
    }
  }
`);

export const SheetReviewSetupQuery = graphql(`
  query SheetReviewSetup($id: ID!) {
    cycle(id: $id) {
      id
      fiscalYear
      sheetDeadline
      articles {
        id
        number
        title
      }
      groups {
        id
        name
      }
      sheetProgress {
        state
        count
      }
    }
    departments {
      id
      name
    }
  }
`);

export const SheetQuery = graphql(`
  query Sheet($id: ID!) {
    sheet(id: $id) {
      ...SheetDetailFields
    }
  }
`);

export const SheetCommentsQuery = graphql(`
  query SheetComments($id: ID!) {
    sheet(id: $id) {
      id
      comments {
        id
        body
        authorName
        createdAt
      }
    }
  }
`);

export const SheetAttachmentsQuery = graphql(`
  query SheetAttachments($id: ID!) {
    sheet(id: $id) {
      id
      canEdit
      attachments {
        id
        fileName
        mimeType
        size
        uploadedAt
        uploadedByName
        url
      }
    }
  }
`);

/** Two versions' content, for the readable diff. */
export const SheetVersionsQuery = graphql(`
  query SheetVersions($id: ID!, $from: Int!, $to: Int!) {
    sheet(id: $id) {
      id
      from: versionContent(version: $from) {
        version
        content {
          ...SheetContentFields
        }
      }
      to: versionContent(version: $to) {
        version
        content {
          ...SheetContentFields
        }
      }
    }
  }
`);

export const SaveSheetMutation = graphql(`
  mutation SaveSheet($input: SaveSheetInput!) {
    saveSheet(input: $input) {
      ...SheetDetailFields
    }
  }
`);

export const SubmitSheetMutation = graphql(`
  mutation SubmitSheet($input: SheetTransitionInput!) {
    submitSheet(input: $input) {
      ...SheetDetailFields
    }
  }
`);

export const ReturnSheetMutation = graphql(`
  mutation ReturnSheet($input: SheetTransitionInput!) {
    returnSheet(input: $input) {
      ...SheetDetailFields
    }
  }
`);

export const AcceptSheetMutation = graphql(`
  mutation AcceptSheet($input: SheetTransitionInput!) {
    acceptSheet(input: $input) {
      ...SheetDetailFields
    }
  }
`);

export const ReopenSheetMutation = graphql(`
  mutation ReopenSheet($input: SheetTransitionInput!) {
    reopenSheet(input: $input) {
      ...SheetDetailFields
    }
  }
`);

export const AddSheetCommentMutation = graphql(`
  mutation AddSheetComment($input: AddSheetCommentInput!) {
    addSheetComment(input: $input) {
      id
      body
      authorName
      createdAt
    }
  }
`);

export const SetSheetTagsMutation = graphql(`
  mutation SetSheetTags($input: SetSheetTagsInput!) {
    setSheetTags(input: $input) {
      id
      version
      updatedAt
      updatedByName
      tags {
        id
        mark
        label
        legend
      }
    }
  }
`);
