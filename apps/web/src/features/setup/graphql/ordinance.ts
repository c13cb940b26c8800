import { graphql } from '../../../generated';

export const ArticleFieldsFragment = graphql(`
  fragment ArticleFields on Article {
    id
    number
    title
    version
  }
`);

export const OrdinanceSetupQuery = graphql(`
  query OrdinanceSetup {
    ordinances {
      id
      name
      shortName
      effectiveDate
      version
      articles {
        ...ArticleFields
      }
    }
  }
`);

export const UpdateOrdinanceMutation = graphql(`
  mutation UpdateOrdinance($input: UpdateOrdinanceInput!) {
    updateOrdinance(input: $input) {
      id
      name
      shortName
      effectiveDate
      version
    }
  }
`);

export const CreateArticleMutation = graphql(`
  mutation CreateArticle($input: CreateArticleInput!) {
    createArticle(input: $input) {
      ...ArticleFields
    }
  }
`);

export const UpdateArticleMutation = graphql(`
  mutation UpdateArticle($input: UpdateArticleInput!) {
    updateArticle(input: $input) {
      ...ArticleFields
    }
  }
`);

export const DeleteArticleMutation = graphql(`
  mutation DeleteArticle($input: VersionedRefInput!) {
    deleteArticle(input: $input) {
      id
    }
  }
`);
