import { registerEnumType } from '@nestjs/graphql';
import {
  BODY_KINDS,
  CYCLE_PHASE_EVENTS,
  CYCLE_PHASES,
  MEMBER_CATEGORIES,
  MEMBER_ENTRY_STATUSES,
  PROJECT_KINDS,
  ROLES,
  COUNCIL_OPINION_EVENTS,
  COUNCIL_OPINION_STATES,
  MEMBER_OPINION_EVENTS,
  MEMBER_OPINION_STATES,
  OPINION_KINDS,
  SHEET_EVENTS,
  SHEET_STATES,
  RESPONSE_CATEGORIES,
  RESPONSE_EVENTS,
  RESPONSE_STATES,
  type ResponseCategory,
  type ResponseEvent,
  type ResponseState,
  type BodyKind,
  type CyclePhase,
  type CyclePhaseEvent,
  type MemberCategory,
  type MemberEntryStatus,
  type ProjectKind,
  type Role,
  type CouncilOpinionEvent,
  type CouncilOpinionState,
  type MemberOpinionEvent,
  type MemberOpinionState,
  type OpinionKind,
  type SheetEvent,
  type SheetState,
} from '@kensho/domain';

/** GraphQL enums made from the domain's constant lists, so the schema and libs/domain never drift. */
function asEnum<T extends string>(values: readonly T[]): Record<T, T> {
  return Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
}

export const RoleEnum = asEnum<Role>(ROLES);
export const CyclePhaseEnum = asEnum<CyclePhase>(CYCLE_PHASES);
export const CyclePhaseEventEnum = asEnum<CyclePhaseEvent>(CYCLE_PHASE_EVENTS);
export const ProjectKindEnum = asEnum<ProjectKind>(PROJECT_KINDS);
export const MemberCategoryEnum = asEnum<MemberCategory>(MEMBER_CATEGORIES);
export const BodyKindEnum = asEnum<BodyKind>(BODY_KINDS);
export const SheetStateEnum = asEnum<SheetState>(SHEET_STATES);
export const SheetEventEnum = asEnum<SheetEvent>(SHEET_EVENTS);
export const OpinionKindEnum = asEnum<OpinionKind>(OPINION_KINDS);
export const MemberOpinionStateEnum = asEnum<MemberOpinionState>(MEMBER_OPINION_STATES);
export const MemberOpinionEventEnum = asEnum<MemberOpinionEvent>(MEMBER_OPINION_EVENTS);
export const CouncilOpinionStateEnum = asEnum<CouncilOpinionState>(COUNCIL_OPINION_STATES);
export const CouncilOpinionEventEnum = asEnum<CouncilOpinionEvent>(COUNCIL_OPINION_EVENTS);
export const ResponseStateEnum = asEnum<ResponseState>(RESPONSE_STATES);
export const ResponseEventEnum = asEnum<ResponseEvent>(RESPONSE_EVENTS);
export const ResponseCategoryEnum = asEnum<ResponseCategory>(RESPONSE_CATEGORIES);
export const MemberEntryStatusEnum = asEnum<MemberEntryStatus>(MEMBER_ENTRY_STATUSES);
/** What happened last to a sheet: a content save or one of its workflow events. */
export const SheetActivityKindEnum = asEnum<'SAVE' | SheetEvent>(['SAVE', ...SHEET_EVENTS]);

registerEnumType(RoleEnum, { name: 'Role' });
registerEnumType(CyclePhaseEnum, { name: 'CyclePhase' });
registerEnumType(CyclePhaseEventEnum, { name: 'CyclePhaseEvent' });
registerEnumType(ProjectKindEnum, { name: 'ProjectKind' });
registerEnumType(MemberCategoryEnum, { name: 'MemberCategory' });
registerEnumType(BodyKindEnum, { name: 'BodyKind' });
registerEnumType(SheetStateEnum, { name: 'SheetState' });
registerEnumType(SheetEventEnum, { name: 'SheetEvent' });
registerEnumType(OpinionKindEnum, { name: 'OpinionKind' });
registerEnumType(MemberOpinionStateEnum, { name: 'MemberOpinionState' });
registerEnumType(MemberOpinionEventEnum, { name: 'MemberOpinionEvent' });
registerEnumType(CouncilOpinionStateEnum, { name: 'CouncilOpinionState' });
registerEnumType(CouncilOpinionEventEnum, { name: 'CouncilOpinionEvent' });
registerEnumType(ResponseStateEnum, { name: 'ResponseState' });
registerEnumType(ResponseEventEnum, { name: 'ResponseEvent' });
registerEnumType(ResponseCategoryEnum, { name: 'ResponseCategory', description: '対応済 / 対応予定 / 検討 / 対応困難' });
registerEnumType(MemberEntryStatusEnum, { name: 'MemberEntryStatus', description: 'Where an assigned member stands on an entry (memberEntryStatus).' });
registerEnumType(SheetActivityKindEnum, { name: 'SheetActivityKind' });
