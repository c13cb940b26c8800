import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { MeQuery, SignOutMutation } from '../graphql/session';

/** The signed-in user (`me`), or null. */
export function useSession() {
  const { data, loading, error, refetch } = useQuery(MeQuery, { fetchPolicy: 'cache-first' });
  return { user: data?.me ?? null, loading: loading && !data, error: data ? undefined : error, refetch };
}

/** Signs out, forgets every cached record, and lets the router send the user to sign-in. */
export function useSignOut() {
  const client = useApolloClient();
  const [signOut] = useMutation(SignOutMutation);
  const navigate = useNavigate();
  return useCallback(async () => {
    // Leave the screens first (they must not refetch as nobody), and without a way back to them:
    // the next person starts at the overview.
    navigate('/sign-in', { replace: true, state: { signedOut: true } });
    try {
      await signOut();
    } finally {
      client.cache.writeQuery({ query: MeQuery, data: { me: null } });
      await client.clearStore();
      client.cache.writeQuery({ query: MeQuery, data: { me: null } });
    }
  }, [client, navigate, signOut]);
}
