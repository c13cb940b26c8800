import { graphql } from '../../../generated';

export const SetupGroupFragment = graphql(`
  fragment SetupGroup on Group {
    id
    name
    sortOrder
    version
    members {
      id
      name
      isChair
      sortOrder
    }
    projects {
      id
      name
      page
      article {
        id
        number
      }
    }
  }
`);

export const GroupsSetupQuery = graphql(`
  query GroupsSetup($id: ID!) {
    cycle(id: $id) {
      id
      fiscalYear
      phase
      canEditSetup
      groups {
        ...SetupGroup
      }
    }
    bodies {
      id
      kind
      name
      shortName
    }
    members {
      id
      bodyId
      name
      affiliation
      isChair
      sortOrder
    }
  }
`);

export const CreateGroupMutation = graphql(`
  mutation CreateGroup($input: CreateGroupInput!) {
    createGroup(input: $input) {
      ...SetupGroup
    }
  }
`);

export const UpdateGroupMutation = graphql(`
  mutation UpdateGroup($input: UpdateGroupInput!) {
    updateGroup(input: $input) {
      ...SetupGroup
    }
  }
`);

export const DeleteGroupMutation = graphql(`
  mutation DeleteGroup($input: VersionedRefInput!) {
    deleteGroup(input: $input) {
      id
    }
  }
`);

export const SetGroupMembersMutation = graphql(`
  mutation SetGroupMembers($input: SetGroupMembersInput!) {
    setGroupMembers(input: $input) {
      ...SetupGroup
    }
  }
`);
