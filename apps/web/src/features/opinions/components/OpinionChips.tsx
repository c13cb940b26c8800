import BuildOutlined from '@mui/icons-material/BuildOutlined';
import ChatBubbleOutline from '@mui/icons-material/ChatBubbleOutlineOutlined';
import ThumbUpOutlined from '@mui/icons-material/ThumbUpOutlined';
import Chip from '@mui/material/Chip';
import {
  COUNCIL_OPINION_STATE_COLORS,
  COUNCIL_OPINION_STATE_LABELS,
  MEMBER_OPINION_STATE_COLORS,
  MEMBER_OPINION_STATE_LABELS,
  OPINION_KIND_LABELS,
  type CouncilOpinionState,
  type MemberOpinionState,
  type OpinionKind,
} from '@kensho/domain';
import { useLang } from '../../../shared/hooks/useLang';

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
  const { label } = useLang();
  const color = MEMBER_OPINION_STATE_COLORS[state];
  return (
    <Chip
      size="small"
      color={color}
      variant={color === 'default' ? 'outlined' : 'filled'}
      label={label(MEMBER_OPINION_STATE_LABELS[state])}
      sx={{ fontWeight: 700 }}
      data-testid="member-opinion-state"
      data-state={state}
    />
  );
}

/** A council opinion's state (案 / 確定), from the one map in @kensho/domain. */
export function CouncilOpinionStateChip({ state }: { state: CouncilOpinionState }) {
  const { label } = useLang();
  const color = COUNCIL_OPINION_STATE_COLORS[state];
  return (
    <Chip
      size="small"
      color={color}
      variant={color === 'default' ? 'outlined' : 'filled'}
      label={label(COUNCIL_OPINION_STATE_LABELS[state])}
      sx={{ fontWeight: 700 }}
      data-testid="council-opinion-state"
      data-state={state}
    />
  );
}
