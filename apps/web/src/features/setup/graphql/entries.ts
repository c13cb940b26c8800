import { graphql } from '../../../generated';

export const SetupProjectFragment = graphql(`
  fragment SetupProject on Project {
    id
    name
    kind
    page
    sortOrder
    version
    articleId
    departmentId
    groupId
    verifiedWithId
    withdrawnAt
    withdrawnReason
    department {
      id
      name
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
`);

export const EntriesSetupQuery = graphql(`
  query EntriesSetup($id: ID!) {
    cycle(id: $id) {
      id
      fiscalYear
      phase
      canEditSetup
      articles {
        id
        number
        title
      }
      groups {
        id
        name
        members {
          id
          name
          isChair
          sortOrder
        }
      }
      projects {
        ...SetupProject
      }
    }
    departments {
      id
      name
      bureau
    }
  }
`);

export const CreateProjectMutation = graphql(`
  mutation CreateProject($input: CreateProjectInput!) {
    createProject(input: $input) {
      ...SetupProject
    }
  }
`);

export const UpdateProjectMutation = graphql(`
  mutation UpdateProject($input: UpdateProjectInput!) {
    updateProject(input: $input) {
      ...SetupProject
    }
  }
`);

export const DeleteProjectMutation = graphql(`
  mutation DeleteProject($input: VersionedRefInput!) {
    deleteProject(input: $input) {
      id
    }
  }
`);

export const WithdrawProjectMutation = graphql(`
  mutation WithdrawProject($input: WithdrawProjectInput!) {
    withdrawProject(input: $input) {
      ...SetupProject
    }
  }
`);

export const ReinstateProjectMutation = graphql(`
  mutation ReinstateProject($input: VersionedRefInput!) {
    reinstateProject(input: $input) {
      ...SetupProject
    }
  }
`);

export const SetProjectAssignmentsMutation = graphql(`
  mutation SetProjectAssignments($input: SetAssignmentsInput!) {
    setProjectAssignments(input: $input) {
      ...SetupProject
    }
  }
`);
