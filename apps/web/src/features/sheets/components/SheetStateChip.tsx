import type { SheetState } from '@kensho/domain';
import { StateChip } from '../../../shared/workflow';
import { sheetWorkflow } from '../workflow';

/** A sheet's state, labelled and coloured from the one map in @kensho/domain. */
export function SheetStateChip({ state, size = 'small' }: { state: SheetState; size?: 'small' | 'medium' }) {
  return <StateChip config={sheetWorkflow} state={state} size={size} />;
}
