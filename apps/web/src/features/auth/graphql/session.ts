import { graphql } from '../../../generated';

/** What the client keeps of the signed-in user. */
export const SessionUserFragment = graphql(`
  fragment SessionUser on User {
    id
    loginId
    displayName
    role
    departmentId
    memberId
    department {
      id
      name
    }
    member {
      id
      name
    }
  }
`);

export const MeQuery = graphql(`
  query Me {
    me {
      ...SessionUser
    }
  }
`);

export const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      ...SessionUser
    }
  }
`);

export const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);
