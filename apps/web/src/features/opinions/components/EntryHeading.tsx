import type { ReactNode } from 'react';
import ArrowBackOutlined from '@mui/icons-material/ArrowBackOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { OpinionEntryFieldsFragment } from '../../../generated/graphql';
import { useLang } from '../../../shared/hooks/useLang';

interface Props {
  entry: OpinionEntryFieldsFragment;
  fiscalYear: number;
  back: { to: string; label: string };
  /** Controls on the right of the title (previous / next entry). */
  children?: ReactNode;
}

/** The entry's name and where it belongs: fiscal year, article, department, group, related projects. */
export function EntryHeading({ entry, fiscalYear, back, children }: Props) {
  const { t: ot } = useTranslation('opinions');
  const { fiscalYear: fy } = useLang();
  return (
    <Box sx={{ mb: 1.5 }}>
      <Button component={RouterLink} to={back.to} startIcon={<ArrowBackOutlined />} size="small" sx={{ mb: 0.5 }}>
        {back.label}
      </Button>
      <Box sx={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: 1.5 }}>
        <Typography variant="h1" component="h1" data-testid="entry-title" sx={{ flexGrow: 1, minWidth: 0 }}>
          {entry.name}
        </Typography>
        {children}
      </Box>
      <Typography variant="body2" color="text.secondary">
        {fy(fiscalYear)} ・ {ot('common.articleNo', { number: entry.article.number })} {entry.article.title}
        {entry.department && ` ・ ${entry.department.name}`}
        {entry.group && ` ・ ${entry.group.name}`}
      </Typography>
      {entry.relatedProjects.length > 0 && (
        <Typography variant="body2" color="text.secondary">
          {ot('common.relatedProjects', { names: entry.relatedProjects.map((p) => p.name).join('、') })}
        </Typography>
      )}
    </Box>
  );
}
