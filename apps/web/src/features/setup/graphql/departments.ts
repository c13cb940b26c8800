import { graphql } from '../../../generated';

export const DepartmentFieldsFragment = graphql(`
  fragment DepartmentFields on Department {
    id
    name
    bureau
    version
  }
`);

export const DepartmentsQuery = graphql(`
  query Departments {
    departments {
      ...DepartmentFields
    }
  }
`);

export const CreateDepartmentMutation = graphql(`
  mutation CreateDepartment($input: CreateDepartmentInput!) {
    createDepartment(input: $input) {
      ...DepartmentFields
    }
  }
`);

export const UpdateDepartmentMutation = graphql(`
  mutation UpdateDepartment($input: UpdateDepartmentInput!) {
    updateDepartment(input: $input) {
      ...DepartmentFields
    }
  }
`);

export const DeleteDepartmentMutation = graphql(`
  mutation DeleteDepartment($input: VersionedRefInput!) {
    deleteDepartment(input: $input) {
      id
    }
  }
`);
