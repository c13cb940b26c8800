import { useState } from 'react';
import { useForm, type DefaultValues, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNotify } from './Notifier';
import type { FormDialogProps } from './FormDialog';
import { useServerErrors } from '../hooks/useServerErrors';

/** A set-up row: every write names the version it read, and a stale one is CONFLICT. */
interface Versioned {
  version: number;
}

type Options<R extends Versioned | undefined, V extends FieldValues> = {
  /** The record being edited; `undefined` creates a new one. */
  record: R;
  /** Writes the change against the version last read (the record's, or the latest after a reload). */
  update: (values: V, record: NonNullable<R>, version: number) => Promise<unknown>;
  onClose: () => void;
  /** Reads the record again; offered on CONFLICT while editing. */
  onReload?: () => Promise<NonNullable<R> | undefined>;
  /** What the user is told after saving; "saved" by default. */
  savedMessage?: string;
} & (undefined extends R ? { create: (values: V) => Promise<unknown> } : { create?: never }) &
  (
    | {
        /** The form's values for a record (or a new one); a reload puts the latest record's values back. */
        toValues: (record: R) => V;
        defaultValues?: never;
      }
    | {
        /** Values that are not the record's (a new password): a reload takes only the latest version. */
        defaultValues: V;
        toValues?: never;
      }
  );

/** What a `FormDialog` needs from the form: spread it into the dialog. */
export type VersionedFormDialogProps = Pick<FormDialogProps, 'onClose' | 'onSubmit' | 'submitting' | 'problem' | 'onReload'>;

/**
 * The edit dialogs' one way of saving a versioned record: the form, the version it was read at, the server's
 * problem, create or update (by whether there is a record), "saved" and close; on CONFLICT, reloading takes the
 * latest record's values and version, so the next save is made against what the other person saved.
 */
export function useVersionedForm<R extends Versioned | undefined, V extends FieldValues>(
  options: Options<R, V>,
): { form: UseFormReturn<V>; dialogProps: VersionedFormDialogProps } {
  const { record, update, create, onClose, onReload, savedMessage, toValues, defaultValues } = options as Options<R, V> & {
    create?: (values: V) => Promise<unknown>;
    toValues?: (record: R) => V;
    defaultValues?: V;
  };
  const { t } = useTranslation();
  const notify = useNotify();
  const form = useForm<V>({ defaultValues: (toValues ? toValues(record) : defaultValues) as DefaultValues<V> });
  const [version, setVersion] = useState(record?.version);
  const [saving, setSaving] = useState(false);
  const { problem, handle, clear } = useServerErrors(form);

  const submit = form.handleSubmit(async (values) => {
    clear();
    setSaving(true);
    try {
      if (record && version !== undefined) await update(values, record, version);
      else await create?.(values);
      notify(savedMessage ?? t('common.saved'));
      onClose();
    } catch (e) {
      handle(e);
    } finally {
      setSaving(false);
    }
  });

  const reload =
    record && onReload
      ? async () => {
          const latest = await onReload();
          if (latest) {
            if (toValues) form.reset(toValues(latest));
            setVersion(latest.version);
          }
          clear();
        }
      : undefined;

  return { form, dialogProps: { onClose, onSubmit: submit, submitting: saving, problem, onReload: reload } };
}
