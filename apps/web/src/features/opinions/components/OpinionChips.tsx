import BuildOutlined from '@mui/icons-material/BuildOutlined';
import ChatBubbleOutline from '@mui/icons-material/ChatBubbleOutlineOutlined';
import ThumbUpOutlined from '@mui/icons-material/ThumbUpOutlined';
import Chip from '@mui/material/Chip';
import {
  OPINION_KIND_LABELS,
  type CouncilOpinionState,
  type MemberOpinionState,
  type OpinionKind,
} from '@kensho/domain';
import { useLang } from '../../../shared/hooks/useLang';
import { StateChip } from '../../../shared/workflow';
import { councilOpinionWorkflow, memberOpinionWorkflow } from '../workflow';

const KIND_ICONS: Record<OpinionKind, typeof ThumbUpOutlined> = {
  POSITIVE: ThumbUpOutlined,
  IMPROVEMENT: BuildOutlined,
  OTHER: ChatBubbleOutline,
};

/** 評価できる点 / 改善が必要な点 / その他, with an icon (labels from @kensho/domain). */
export function OpinionKindChip({ kind }: { kind: OpinionKind }) {
  const { label } = useLang();
  const Icon = KIND_ICONS[kind];
  return <Chip size="small" variant="outlined" icon={<Icon />} label={label(OPINION_KIND_LABELS[kind])} data-testid="opinion-kind" data-kind={kind} />;
}

/** A member opinion's state, labelled and coloured from the one map in @kensho/domain. */
export function MemberOpinionStateChip({ state }: { state: MemberOpinionState }) {
  return <StateChip config={memberOpinionWorkflow} state={state} />;
}

/** A council opinion's state (案 / 確定), from the one map in @kensho/domain. */
export function CouncilOpinionStateChip({ state }: { state: CouncilOpinionState }) {
  return <StateChip config={councilOpinionWorkflow} state={state} />;
}
