import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import AddOutlined from '@mui/icons-material/AddOutlined';
import { formatEraDate } from '@kensho/domain';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { ArticleFieldsFragment } from '../../../generated/graphql';
import { evictDeleted } from '../../../shared/cache';
import { QueryState } from '../../../shared/components/QueryState';
import { useLang } from '../../../shared/hooks/useLang';
import { DeleteArticleMutation, OrdinanceSetupQuery } from '../graphql/ordinance';
import { ArticleDialog } from './ArticleDialog';
import { DeleteRowDialog } from './DeleteRowDialog';
import { DeleteAction, EditAction } from './RowActions';

type Open = { kind: 'create'; ordinanceId: string } | { kind: 'edit' | 'delete'; ordinanceId: string; article: ArticleFieldsFragment } | null;

/** 条例と条: the ordinance and the articles whose policies the verified projects carry out. */
export function OrdinanceSetup() {
  const { t } = useTranslation();
  const { lang } = useLang();
  const { data, loading, error, refetch } = useQuery(OrdinanceSetupQuery);
  const [open, setOpen] = useState<Open>(null);
  const [remove] = useMutation(DeleteArticleMutation, { update: (cache, { data: d }) => evictDeleted(cache, 'Article', d?.deleteArticle.id) });
  const ordinances = data?.ordinances ?? [];

  return (
    <QueryState loading={loading} error={error} hasData={!!data} onRetry={() => void refetch()}>
      {ordinances.map((o) => (
        <Paper key={o.id} sx={{ maxWidth: 900, mb: 3 }}>
          <Box sx={{ px: 2, py: 1.5, display: 'flex', alignItems: 'center', gap: 2 }}>
            <Box sx={{ flexGrow: 1 }}>
              <Typography variant="subtitle1" sx={{ fontWeight: 700 }}>
                {o.name}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {o.shortName} ・ {t('setup.effectiveFrom', { date: formatEraDate(o.effectiveDate, lang, { weekday: false }) })}
              </Typography>
            </Box>
            <Button variant="contained" startIcon={<AddOutlined />} onClick={() => setOpen({ kind: 'create', ordinanceId: o.id })}>
              {t('setup.addArticle')}
            </Button>
          </Box>
          <TableContainer>
            <Table data-testid="articles-table">
              <TableHead>
                <TableRow>
                  <TableCell sx={{ width: 120 }}>{t('setup.articleNumber')}</TableCell>
                  <TableCell>{t('setup.articleTitle')}</TableCell>
                  <TableCell align="right">{t('common.actions')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {o.articles.map((a) => (
                  <TableRow key={a.id} hover>
                    <TableCell>{t('setup.articleLabel', { number: a.number })}</TableCell>
                    <TableCell>{a.title}</TableCell>
                    <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                      <EditAction onClick={() => setOpen({ kind: 'edit', ordinanceId: o.id, article: a })} />
                      <DeleteAction onClick={() => setOpen({ kind: 'delete', ordinanceId: o.id, article: a })} />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        </Paper>
      ))}
      {open?.kind === 'create' && <ArticleDialog ordinanceId={open.ordinanceId} onClose={() => setOpen(null)} />}
      {open?.kind === 'edit' && (
        <ArticleDialog
          ordinanceId={open.ordinanceId}
          article={open.article}
          onClose={() => setOpen(null)}
          onReload={async () => (await refetch()).data?.ordinances.flatMap((o) => o.articles).find((a) => a.id === open.article.id)}
        />
      )}
      {open?.kind === 'delete' && (
        <DeleteRowDialog
          name={t('setup.articleLabel', { number: open.article.number })}
          onClose={() => setOpen(null)}
          onDelete={() => remove({ variables: { input: { id: open.article.id, version: open.article.version } } })}
          onReload={() => void refetch()}
        />
      )}
    </QueryState>
  );
}
