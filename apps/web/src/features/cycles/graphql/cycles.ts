import { graphql } from '../../../generated';

export const CycleListQuery = graphql(`
  query CycleList {
    cycles {
      id
      fiscalYear
      phase
      canEditSetup
      version
      startDate
      endDate
      sheetDeadline
      opinionDeadline
    }
  }
`);

export const CycleActionFieldsFragment = graphql(`
  fragment CycleActionFields on Cycle {
    id
    phase
    version
    availableActions {
      event
      toState
      failedPreconditions
      mayOverride
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

export const CycleOverviewQuery = graphql(`
  query CycleOverview($id: ID!) {
    cycle(id: $id) {
      ...CycleActionFields
      fiscalYear
      startDate
      endDate
      articles {
        id
        number
        title
      }
      groups {
        id
        name
      }
      projects {
        id
        name
        kind
        page
        sortOrder
        articleId
        verifiedWithId
        department {
          id
          name
          bureau
        }
        group {
          id
          name
        }
        assignedMembers {
          id
          name
          isChair
        }
      }
    }
  }
`);

export const AdvanceCycleMutation = graphql(`
  mutation AdvanceCycle($input: AdvanceCycleInput!) {
    advanceCycle(input: $input) {
      ...CycleActionFields
    }
  }
`);

export const OrdinancesQuery = graphql(`
  query Ordinances {
    ordinances {
      id
      name
      shortName
    }
  }
`);

export const CreateCycleMutation = graphql(`
  mutation CreateCycle($input: CreateCycleInput!) {
    createCycle(input: $input) {
      id
      fiscalYear
      phase
      version
      startDate
      endDate
    }
  }
`);

export const UpdateCycleMutation = graphql(`
  mutation UpdateCycle($input: UpdateCycleInput!) {
    updateCycle(input: $input) {
      id
      version
      startDate
      endDate
      sheetDeadline
      opinionDeadline
    }
  }
`);
