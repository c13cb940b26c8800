import { useMutation, useQuery } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { LIMITS } from '@kensho/domain';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormTextField } from '../../../shared/components/FormFields';
import { useNotify } from '../../../shared/components/Notifier';
import { QueryState } from '../../../shared/components/QueryState';
import { ServerErrorAlert } from '../../../shared/components/ServerErrorAlert';
import { useLang } from '../../../shared/hooks/useLang';
import { useServerErrors } from '../../../shared/hooks/useServerErrors';
import { rules } from '../../../shared/validation';
import { AddSheetCommentMutation, SheetCommentsQuery } from '../graphql/sheets';

/** The thread between the department and the secretariat about one sheet. */
export function SheetComments({ sheetId }: { sheetId: string }) {
  const { t: st } = useTranslation('sheets');
  const { lang, dateTime } = useLang();
  const notify = useNotify();
  const { data, loading, error, refetch } = useQuery(SheetCommentsQuery, { variables: { id: sheetId } });
  const form = useForm<{ body: string }>({ defaultValues: { body: '' } });
  const { problem, handle, clear } = useServerErrors(form);
  const [add, { loading: posting }] = useMutation(AddSheetCommentMutation, {
    refetchQueries: [{ query: SheetCommentsQuery, variables: { id: sheetId } }],
    awaitRefetchQueries: true,
  });
  const submit = form.handleSubmit(async ({ body }) => {
    clear();
    try {
      await add({ variables: { input: { sheetId, body: body.trim() } } });
      form.reset({ body: '' });
      notify(st('comments.posted'));
    } catch (e) {
      handle(e);
    }
  });
  const comments = data?.sheet.comments ?? [];

  return (
    <Paper component="section" aria-labelledby="comments-title" sx={{ p: 2, mb: 2 }}>
      <Typography variant="h3" component="h2" id="comments-title">
        {st('comments.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        {st('comments.help')}
      </Typography>
      <QueryState loading={loading} error={error} hasData={!!data} onRetry={() => void refetch()}>
        {comments.length === 0 ? (
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {st('comments.none')}
          </Typography>
        ) : (
          <Box component="ol" sx={{ listStyle: 'none', p: 0, m: 0, mb: 2, display: 'grid', gap: 1 }}>
            {comments.map((c) => (
              <Box component="li" key={c.id} data-testid="sheet-comment" sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5, bgcolor: '#fbfcfd' }}>
                <Box sx={{ display: 'flex', gap: 1.5, alignItems: 'baseline', mb: 0.5 }}>
                  <Typography variant="body2" sx={{ fontWeight: 700 }}>
                    {c.authorName ?? '—'}
                  </Typography>
                  <Typography variant="caption" color="text.secondary">
                    {dateTime(c.createdAt)}
                  </Typography>
                </Box>
                <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
                  {c.body}
                </Typography>
              </Box>
            ))}
          </Box>
        )}
      </QueryState>
      <Box component="form" onSubmit={submit} noValidate sx={{ display: 'grid', gap: 1 }}>
        <ServerErrorAlert problem={problem} />
        <FormTextField
          control={form.control}
          name="body"
          label={st('comments.body')}
          multiline
          minRows={2}
          maxLength={LIMITS.comment}
          rules={{ required: rules.required(lang), validate: rules.notBlank(lang), maxLength: rules.maxLength(LIMITS.comment, lang) }}
        />
        <Box>
          <Button type="submit" variant="contained" loading={posting}>
            {st('comments.post')}
          </Button>
        </Box>
      </Box>
    </Paper>
  );
}
