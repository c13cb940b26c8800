import type { ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import { MESSAGES, type Role } from '@kensho/domain';
import { Navigate, useLocation } from 'react-router';
import { QueryState } from '../../../shared/components/QueryState';
import { useLang } from '../../../shared/hooks/useLang';
import { useSession } from '../hooks/useSession';

/**
 * Shows its children to a signed-in user (and, if `roles` is given, only to those roles); sends everyone
 * else to sign-in. The server enforces the same rules; this only avoids screens that would be refused.
 */
export function RequireAuth({ roles, children }: { roles?: readonly Role[]; children: ReactNode }) {
  const { user, loading, error, refetch } = useSession();
  const location = useLocation();
  const { label } = useLang();
  if (loading || error) return <QueryState loading={loading} error={error} onRetry={() => void refetch()} hasData={false}>{null}</QueryState>;
  if (!user) return <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search }} />;
  if (roles && !roles.includes(user.role)) return <Alert severity="warning">{label(MESSAGES.FORBIDDEN)}</Alert>;
  return <>{children}</>;
}
