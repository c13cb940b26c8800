/** What other features use of the session (screens and the app import `components/` directly). */
export { useSession, useSignOut } from './hooks/useSession';
