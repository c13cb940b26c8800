import type { TypePolicies } from '@apollo/client';

/**
 * How the cache stores this feature's lists: each answer from the server replaces the last one (the
 * sheet's content is one document, its lists are always read whole). Registered with the app's cache in
 * `app/apollo.ts`.
 */
export const sheetTypePolicies: TypePolicies = {
  Sheet: {
    fields: {
      content: { merge: false },
      tags: { merge: false },
      revisions: { merge: false },
      comments: { merge: false },
      attachments: { merge: false },
    },
  },
  SheetContent: { fields: { items: { merge: false }, indicators: { merge: false } } },
  Cycle: { fields: { sheetProgress: { merge: false }, tags: { merge: false } } },
};
