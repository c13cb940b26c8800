import { graphql } from '../../../generated';

export const ChangeOwnPasswordMutation = graphql(`
  mutation ChangeOwnPassword($input: ChangeOwnPasswordInput!) {
    changeOwnPassword(input: $input)
  }
`);
