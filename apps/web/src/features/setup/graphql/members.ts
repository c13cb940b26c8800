import { graphql } from '../../../generated';

export const MemberFieldsFragment = graphql(`
  fragment MemberFields on Member {
    id
    bodyId
    name
    affiliation
    title
    category
    isChair
    alsoCouncilMember
    termStart
    termEnd
    sortOrder
    version
  }
`);

export const MembersSetupQuery = graphql(`
  query MembersSetup {
    bodies {
      id
      kind
      name
      shortName
    }
    members {
      ...MemberFields
    }
  }
`);

export const CreateMemberMutation = graphql(`
  mutation CreateMember($input: CreateMemberInput!) {
    createMember(input: $input) {
      ...MemberFields
    }
  }
`);

export const UpdateMemberMutation = graphql(`
  mutation UpdateMember($input: UpdateMemberInput!) {
    updateMember(input: $input) {
      ...MemberFields
    }
  }
`);

export const DeleteMemberMutation = graphql(`
  mutation DeleteMember($input: VersionedRefInput!) {
    deleteMember(input: $input) {
      id
    }
  }
`);
