import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { useNotify } from './Notifier';
import { useServerErrors } from '../hooks/useServerErrors';

/**
 * A dialog form's submit: forget the last refusal, run, tell the user what happened and close; a refusal
 * stays in the form (its fields, the alert). `run` returns what to tell, or null to close saying nothing.
 */
export function useDialogSubmit<V extends FieldValues>(form: UseFormReturn<V>, run: (values: V) => Promise<string | null>, onClose: () => void) {
  const notify = useNotify();
  const { problem, handle, clear } = useServerErrors(form);
  const submit = form.handleSubmit(async (values) => {
    clear();
    try {
      const message = await run(values);
      if (message) notify(message);
      onClose();
    } catch (e) {
      handle(e);
    }
  });
  return { submit, problem, clear };
}
