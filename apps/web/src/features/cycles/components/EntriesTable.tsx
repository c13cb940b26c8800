import { Fragment } from 'react';
import SubdirectoryArrowRight from '@mui/icons-material/SubdirectoryArrowRight';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { PROJECT_KIND_LABELS } from '@kensho/domain';
import { useTranslation } from 'react-i18next';
import type { CycleOverviewQuery } from '../../../generated/graphql';
import { useLang } from '../../../shared/hooks/useLang';
import { EmptyTableRow } from '../../../shared/components/EmptyTableRow';

type Cycle = CycleOverviewQuery['cycle'];
type Project = Cycle['projects'][number];

const COLUMNS = 5;

/** The summary-table view of the year: articles, their entries, and the projects verified with each entry. */
export function EntriesTable({ cycle }: { cycle: Cycle }) {
  const { t } = useTranslation();
  const articles = [...cycle.articles].sort((a, b) => a.number - b.number);
  const leads = cycle.projects.filter((p) => !p.verifiedWithId);
  const relatedOf = (lead: Project) => cycle.projects.filter((p) => p.verifiedWithId === lead.id);

  return (
    <Paper component="section" aria-labelledby="entries-title" sx={{ mb: 2 }}>
      <Typography variant="h3" component="h2" id="entries-title" sx={{ px: 2, pt: 1.5, pb: 1 }}>
        {t('cycles.entries')}
      </Typography>
      <TableContainer>
        <Table aria-labelledby="entries-title" data-testid="entries-table">
          <TableHead>
            <TableRow>
              <TableCell>{t('cycles.project')}</TableCell>
              <TableCell>{t('cycles.department')}</TableCell>
              <TableCell align="right">{t('cycles.page')}</TableCell>
              <TableCell>{t('cycles.group')}</TableCell>
              <TableCell>{t('cycles.assigned')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {articles.map((article) => {
              const entries = leads.filter((p) => p.articleId === article.id);
              return (
                <Fragment key={article.id}>
                  <TableRow sx={{ bgcolor: '#f7f9fb' }}>
                    <TableCell colSpan={COLUMNS} sx={{ py: 0.75 }}>
                      <Typography component="span" sx={{ fontWeight: 700 }}>
                        {t('cycles.articleNo', { number: article.number })}
                      </Typography>
                      <Typography component="span" sx={{ ml: 1.5 }}>
                        {article.title}
                      </Typography>
                    </TableCell>
                  </TableRow>
                  {entries.length === 0 && <EmptyTableRow colSpan={COLUMNS}>{t('cycles.noEntries')}</EmptyTableRow>}
                  {entries.map((entry) => (
                    <Fragment key={entry.id}>
                      <EntryRow project={entry} />
                      {relatedOf(entry).map((related) => (
                        <EntryRow key={related.id} project={related} related />
                      ))}
                    </Fragment>
                  ))}
                </Fragment>
              );
            })}
          </TableBody>
        </Table>
      </TableContainer>
    </Paper>
  );
}

function EntryRow({ project, related = false }: { project: Project; related?: boolean }) {
  const { t } = useTranslation();
  const { label } = useLang();
  return (
    <TableRow hover data-testid="entry-row" data-related={related || undefined}>
      <TableCell sx={{ pl: related ? 5 : 3, minWidth: 240 }}>
        <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 0.75 }}>
          {related && <SubdirectoryArrowRight fontSize="small" sx={{ color: 'text.secondary', mt: '1px' }} />}
          <Box sx={{ minWidth: 0 }}>
            <Box component="span" sx={{ fontWeight: related ? 400 : 600 }}>
              {project.name}
            </Box>
            {project.kind !== 'PROJECT' && <Chip label={label(PROJECT_KIND_LABELS[project.kind])} variant="outlined" sx={{ ml: 1 }} />}
            {related && (
              <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                {t('cycles.verifiedWith')}
              </Typography>
            )}
          </Box>
        </Box>
      </TableCell>
      <TableCell sx={{ minWidth: 150 }}>
        {project.department ? (
          <>
            {project.department.name}
            {project.department.bureau && (
              <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                {project.department.bureau}
              </Typography>
            )}
          </>
        ) : (
          <Typography variant="body2" color="text.secondary">
            {t('common.notSet')}
          </Typography>
        )}
      </TableCell>
      <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
        {project.page ? t('cycles.pageNo', { page: project.page }) : '—'}
      </TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{related ? '' : (project.group?.name ?? <NotSet />)}</TableCell>
      <TableCell>
        {!related &&
          (project.assignedMembers.length === 0 ? (
            <NotSet />
          ) : (
            <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
              {project.assignedMembers.map((m) => (
                <Chip key={m.id} label={m.isChair ? t('cycles.withChair', { name: m.name }) : m.name} variant="outlined" />
              ))}
            </Box>
          ))}
      </TableCell>
    </TableRow>
  );
}

function NotSet() {
  const { t } = useTranslation();
  return (
    <Typography variant="body2" component="span" color="warning.main">
      {t('common.notSet')}
    </Typography>
  );
}
