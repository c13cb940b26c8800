import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../shared/hooks/useLang';
import type { ContentLike } from '../model/draft';
import { formatValue } from '../model/text';
import { useTextLabels } from '../hooks/useTextLabels';

export interface PrintProject {
  name: string;
  article: { number: number; title: string };
  department?: { name: string } | null;
  relatedProjects?: ReadonlyArray<{ id: string; name: string }>;
}

interface Props {
  content: ContentLike;
  project: PrintProject;
  fiscalYear: number;
  tags: ReadonlyArray<{ id: string; mark: string; label: string; legend: string }>;
}

const border = '1px solid #5c6b7a';
const sectionTitle = {
  fontSize: '11pt',
  fontWeight: 700,
  borderLeft: '4px solid #1f4e79',
  pl: 1,
  mt: '6mm',
  mb: '2mm',
  breakAfter: 'avoid',
} as const;

/**
 * The sheet as it prints on A4 (portrait): the entry, its implementation items, the indicators by year,
 * the department's assessment and notes, and the legend of the secretariat's marks.
 */
export function SheetPrint({ content, project, fiscalYear, tags }: Props) {
  const { t: st } = useTranslation('sheets');
  const { fiscalYear: fyLabel, lang } = useLang();
  const labels = useTextLabels();
  const years = [...new Set(content.indicators.flatMap((i) => i.values.map((v) => v.fiscalYear)))].sort((a, b) => a - b);

  return (
    <Box
      className="sheet-print"
      data-testid="sheet-print"
      sx={{
        width: '100%',
        maxWidth: '210mm',
        mx: 'auto',
        bgcolor: '#fff',
        color: '#111',
        // the printed page's margins; on a phone the text needs the width
        p: { xs: '4mm', sm: '15mm' },
        boxShadow: '0 1px 4px rgba(0,0,0,0.15)',
        fontSize: '10pt',
        lineHeight: 1.7,
        '@media print': { boxShadow: 'none', p: 0, maxWidth: 'none' },
        '& table': { borderCollapse: 'collapse', width: '100%', fontSize: '9pt', breakInside: 'avoid' },
        '& th, & td': { border, px: '2mm', py: '1mm', verticalAlign: 'top' },
        '& th': { bgcolor: '#e8edf2', fontWeight: 700 },
      }}
    >
      <Box sx={{ display: 'flex', justifyContent: 'space-between', fontSize: '9pt', color: '#444', borderBottom: border, pb: '1mm' }}>
        <span>
          {fyLabel(fiscalYear)} {st('sheet.title')}
        </span>
        <span>
          {st('preview.department')}: {project.department?.name ?? '—'}
        </span>
      </Box>
      <Box component="h2" sx={{ fontSize: '14pt', fontWeight: 700, mt: '4mm', mb: '1mm' }}>
        {project.name}
        {tags.length > 0 && (
          <Box component="span" sx={{ ml: 1 }}>
            {tags.map((t) => t.mark).join('')}
          </Box>
        )}
      </Box>
      <Box sx={{ fontSize: '9pt', color: '#444' }}>
        {lang === 'en' ? `Art. ${project.article.number}` : `第${project.article.number}条`} {project.article.title}
      </Box>
      {!!project.relatedProjects?.length && (
        <Box sx={{ fontSize: '9pt', color: '#444' }}>{st('sheet.relatedProjects', { names: project.relatedProjects.map((p) => p.name).join('、') })}</Box>
      )}

      <Box component="h3" sx={sectionTitle}>
        {st('preview.implementation')}
      </Box>
      {content.items.length === 0 && <Box sx={{ color: '#666' }}>{st('preview.none')}</Box>}
      {content.items.map((item, i) => (
        <Box key={i} sx={{ mb: '3mm', breakInside: 'avoid' }} data-testid="print-item">
          <Box sx={{ fontWeight: 700 }}>
            ({i + 1}) {item.heading}
          </Box>
          {item.text && <Box sx={{ whiteSpace: 'pre-wrap', pl: '4mm' }}>{item.text}</Box>}
          {item.bullets.length > 0 && (
            <Box component="ul" sx={{ listStyle: 'none', m: 0, pl: '4mm' }}>
              {item.bullets.map((b, j) => (
                <Box component="li" key={j} sx={{ pl: '1em', textIndent: '-1em' }}>
                  ・{b}
                </Box>
              ))}
            </Box>
          )}
          {item.table && item.table.length > 0 && (
            <Box sx={{ pl: '4mm', mt: '1mm' }}>
              <table>
                <thead>
                  <tr>
                    {item.table[0]!.map((cell, c) => (
                      <th key={c}>{cell}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {item.table.slice(1).map((row, r) => (
                    <tr key={r}>
                      {row.map((cell, c) => (
                        <td key={c}>{cell}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </Box>
          )}
        </Box>
      ))}

      <Box component="h3" sx={sectionTitle}>
        {st('preview.indicators')}
      </Box>
      {content.indicators.length === 0 ? (
        <Box sx={{ color: '#666' }}>{st('preview.none')}</Box>
      ) : (
        <table data-testid="print-indicators">
          <thead>
            <tr>
              <th>{st('preview.indicator')}</th>
              {years.map((y) => (
                <th key={y} style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>
                  {st('preview.fy', { year: y })}
                </th>
              ))}
              <th>{st('preview.notes')}</th>
            </tr>
          </thead>
          <tbody>
            {content.indicators.map((ind, i) => (
              <tr key={i}>
                <td>{ind.label}</td>
                {years.map((y) => {
                  const v = ind.values.find((x) => x.fiscalYear === y);
                  return (
                    <td key={y} style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>
                      {v ? `${formatValue(v.value, ind.approximate, labels)}${ind.unit}` : '—'}
                    </td>
                  );
                })}
                <td>{ind.note ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <Box component="h3" sx={sectionTitle}>
        {st('preview.assessment')}
      </Box>
      <Box sx={{ whiteSpace: 'pre-wrap', color: content.assessment ? undefined : '#666' }}>{content.assessment || st('preview.none')}</Box>

      {content.notes && (
        <>
          <Box component="h3" sx={sectionTitle}>
            {st('preview.notes')}
          </Box>
          <Box sx={{ whiteSpace: 'pre-wrap' }}>{content.notes}</Box>
        </>
      )}

      {tags.length > 0 && (
        <Box sx={{ mt: '8mm', pt: '2mm', borderTop: border, fontSize: '8.5pt', color: '#333' }} data-testid="print-legend">
          <Box component="span" sx={{ fontWeight: 700, mr: 1 }}>
            {st('preview.legend')}
          </Box>
          {tags.map((t) => (
            <Box component="span" key={t.id} sx={{ mr: 2 }}>
              {t.legend}
            </Box>
          ))}
        </Box>
      )}
    </Box>
  );
}
