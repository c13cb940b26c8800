import type { TypePolicies } from '@apollo/client';

/**
 * The one cache convention of a reviewable type: its `availableActions` and `transitions` are always read
 * whole, so each answer replaces the last (a transition's mutation answers the record with its state,
 * version, actions and transitions, which updates every screen showing it; the lists the transition
 * changes are refetched by the feature's hook). A feature spreads this into its `cachePolicies.ts`.
 */
export function workflowTypePolicies(...typenames: string[]): TypePolicies {
  return Object.fromEntries(typenames.map((name) => [name, { fields: { availableActions: { merge: false }, transitions: { merge: false } } }]));
}
