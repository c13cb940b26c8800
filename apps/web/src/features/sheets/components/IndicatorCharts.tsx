import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { BarChart } from '@mui/x-charts/BarChart';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../shared/hooks/useLang';
import { useTextLabels } from '../hooks/useTextLabels';
import type { IndicatorLike } from '../model/draft';
import { formatValue } from '../model/text';

/**
 * Each indicator with values in two or more fiscal years as a small bar chart across those years (a
 * single year's figure is read from the table of the sheet).
 */
export function IndicatorCharts({ indicators }: { indicators: readonly IndicatorLike[] }) {
  const { t: st } = useTranslation('sheets');
  const withValues = indicators.filter((i) => i.values.length >= 2);
  if (withValues.length === 0) return null;
  return (
    <Paper component="section" aria-labelledby="charts-title" sx={{ p: 2, mb: 2 }} className="no-print">
      <Typography variant="h3" component="h2" id="charts-title" sx={{ mb: 1.5 }}>
        {st('chart.title')}
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(280px, 1fr))', gap: 2 }}>
        {withValues.map((ind, i) => (
          <IndicatorChart key={i} indicator={ind} />
        ))}
      </Box>
    </Paper>
  );
}

function IndicatorChart({ indicator }: { indicator: IndicatorLike }) {
  const { t: st } = useTranslation('sheets');
  const { lang } = useLang();
  const labels = useTextLabels();
  const values = [...indicator.values].sort((a, b) => a.fiscalYear - b.fiscalYear);
  const title = indicator.unit ? `${indicator.label}（${indicator.unit}）` : indicator.label;
  return (
    <Box data-testid="indicator-chart" role="figure" aria-label={st('chart.aria', { label: indicator.label })} sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1 }}>
      <Typography variant="body2" sx={{ fontWeight: 700, px: 0.5 }}>
        {title}
      </Typography>
      <BarChart
        height={170}
        skipAnimation
        hideLegend
        margin={{ top: 20, right: 8, bottom: 0, left: 0 }}
        xAxis={[
          {
            scaleType: 'band',
            data: values.map((v) => (lang === 'en' ? `FY${v.fiscalYear}` : `${v.fiscalYear}年度`)),
            height: 28,
            tickLabelInterval: () => true,
          },
        ]}
        // head-room above the highest bar for its value
        yAxis={[{ width: 48, domainLimit: (_min, max) => ({ min: 0, max: Number(max) * 1.18 || 1 }) }]}
        series={[
          {
            data: values.map((v) => v.value),
            label: indicator.label,
            color: '#2b6cb0',
            valueFormatter: (v) => (v === null ? '' : `${formatValue(v, indicator.approximate, labels)}${indicator.unit}`),
            barLabel: (item) => (item.value === null ? '' : formatValue(item.value, indicator.approximate, labels)),
            barLabelPlacement: 'outside',
          },
        ]}
      />
    </Box>
  );
}
