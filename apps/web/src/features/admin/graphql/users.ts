import { graphql } from '../../../generated';

export const UserFieldsFragment = graphql(`
  fragment UserFields on User {
    id
    loginId
    displayName
    role
    active
    lockedUntil
    createdAt
    version
    departmentId
    memberId
    department {
      id
      name
    }
    member {
      id
      name
      affiliation
    }
  }
`);

export const UsersQuery = graphql(`
  query Users {
    users {
      ...UserFields
    }
    assignableRoles
    departments {
      id
      name
      bureau
    }
    members {
      id
      name
      bodyId
      sortOrder
    }
  }
`);

export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...UserFields
    }
  }
`);

export const UpdateUserMutation = graphql(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      ...UserFields
    }
  }
`);

export const SetUserActiveMutation = graphql(`
  mutation SetUserActive($input: SetUserActiveInput!) {
    setUserActive(input: $input) {
      ...UserFields
    }
  }
`);

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      ...UserFields
    }
  }
`);

export const UnlockUserMutation = graphql(`
  mutation UnlockUser($input: UnlockUserInput!) {
    unlockUser(input: $input) {
      ...UserFields
    }
  }
`);
