import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { MeQuery } from '../features/auth/graphql/session';
import { markSessionExpired } from '../features/auth/hooks/sessionExpired';
import { opinionTypePolicies } from '../features/opinions/graphql/cachePolicies';
import { sheetTypePolicies } from '../features/sheets/graphql/cachePolicies';
import { currentLang } from '../shared/lang';
import { workflowTypePolicies } from '../shared/workflow/cachePolicies';

/** Every request says the user's language, so the server's messages come in it. */
const languageLink = new SetContextLink((prev) => ({
  headers: { ...(prev.headers as Record<string, string> | undefined), 'Accept-Language': currentLang() },
}));

/** A lost session sends the user back to sign-in (a wrong password at sign-in is the form's business). */
const sessionLink = new ErrorLink(({ error, operation }) => {
  if (operation.operationName === 'SignIn' || !CombinedGraphQLErrors.is(error)) return;
  if (!error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) return;
  markSessionExpired();
  client.cache.writeQuery({ query: MeQuery, data: { me: null } });
});

const httpLink = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });

/** The app's own type policies, then each feature's (its `graphql/cachePolicies.ts`), in one cache. */
const cache = new InMemoryCache({
  typePolicies: {
    Cycle: {
      fields: {
        projects: { merge: false },
        groups: { merge: false },
        articles: { merge: false },
      },
    },
    Group: { fields: { members: { merge: false }, projects: { merge: false } } },
    Project: { fields: { assignedMembers: { merge: false }, relatedProjects: { merge: false } } },
  },
});
// every reviewable type's actions and transitions: one convention (`shared/workflow/cachePolicies.ts`)
const workflowPolicies = workflowTypePolicies('Cycle', 'Sheet', 'MemberOpinion', 'CouncilOpinion', 'Response');
for (const policies of [workflowPolicies, sheetTypePolicies, opinionTypePolicies]) cache.policies.addTypePolicies(policies);

export const client: ApolloClient = new ApolloClient({
  link: ApolloLink.from([sessionLink, languageLink, httpLink]),
  cache,
  defaultOptions: {
    // Screens show what is cached at once and refresh it from the server.
    watchQuery: { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' },
  },
});
