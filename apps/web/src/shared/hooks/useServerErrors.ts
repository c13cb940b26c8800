import { useCallback, useState } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { toServerProblem, type ServerProblem } from '../errors';

/**
 * Turns a failed mutation into what the user sees: each `extensions.fields[]` entry whose field the form
 * has goes onto that field (react-hook-form `setError`); the message and the other fields go to the alert.
 * Forms name their fields as the API's inputs do, so `name` or `memberIds[0]` finds its field.
 */
export function useServerErrors<T extends FieldValues>(form?: UseFormReturn<T>) {
  const [problem, setProblem] = useState<ServerProblem | null>(null);

  const handle = useCallback(
    (error: unknown): ServerProblem => {
      const p = toServerProblem(error);
      const formFields = form ? new Set(Object.keys(form.getValues())) : new Set<string>();
      const unplaced = p.fields.filter((f) => {
        const target = f.field.split(/[.[]/)[0] ?? f.field;
        if (!form || !formFields.has(target)) return true;
        form.setError(target as Path<T>, { type: 'server', message: f.message }, { shouldFocus: true });
        return false;
      });
      // A refusal whose headline is a field's own message (…already exists) needs no alert once that
      // field shows it; otherwise the alert keeps the headline and lists the other fields (not repeating it).
      const placedOwnMessage = unplaced.length === 0 && p.fields.some((f) => f.message === p.message);
      const shown = { ...p, fields: unplaced.filter((f) => f.message !== p.message) };
      setProblem(placedOwnMessage ? null : shown);
      return shown;
    },
    [form],
  );

  const clear = useCallback(() => setProblem(null), []);
  return { problem, handle, clear };
}
