/** What other features use of the verification sheets: a sheet shown beside the opinions on it. */
export { IndicatorCharts } from './components/IndicatorCharts';
export { SheetPrint } from './components/SheetPrint';
export { SheetStateChip } from './components/SheetStateChip';
