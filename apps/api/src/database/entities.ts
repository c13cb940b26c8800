import { AuditEventEntity } from '../common/audit/audit-event.entity';
import { WorkflowTransitionEntity } from '../common/audit/workflow-transition.entity';
import { RateLimitEntity } from '../modules/auth/rate-limit.entity';
import { SessionEntity } from '../modules/auth/session.entity';
import { CycleEntity } from '../modules/cycles/cycle.entity';
import { DepartmentEntity } from '../modules/departments/department.entity';
import { AssignmentEntity } from '../modules/groups/assignment.entity';
import { GroupMemberEntity } from '../modules/groups/group-member.entity';
import { GroupEntity } from '../modules/groups/group.entity';
import { BodyEntity } from '../modules/members/body.entity';
import { MemberEntity } from '../modules/members/member.entity';
import { ArticleEntity } from '../modules/ordinance/article.entity';
import { OrdinanceEntity } from '../modules/ordinance/ordinance.entity';
import { ProjectEntity } from '../modules/projects/project.entity';
import { CouncilOpinionRevisionEntity } from '../modules/opinions/council-opinion-revision.entity';
import { CouncilOpinionSourceEntity } from '../modules/opinions/council-opinion-source.entity';
import { CouncilOpinionEntity } from '../modules/opinions/council-opinion.entity';
import { MemberOpinionEntity } from '../modules/opinions/member-opinion.entity';
import { ResponseOpinionEntity } from '../modules/responses/response-opinion.entity';
import { ResponseRevisionEntity } from '../modules/responses/response-revision.entity';
import { ResponseEntity } from '../modules/responses/response.entity';
import { SheetAttachmentEntity } from '../modules/sheets/sheet-attachment.entity';
import { SheetCommentEntity } from '../modules/sheets/sheet-comment.entity';
import { SheetRevisionEntity } from '../modules/sheets/sheet-revision.entity';
import { SheetEntity } from '../modules/sheets/sheet.entity';
import { TagEntity } from '../modules/sheets/tag.entity';
import { UserEntity } from '../modules/users/user.entity';

/** Every entity, listed once; the data source and the migration check read this list. */
export const ENTITIES = [
  AuditEventEntity,
  WorkflowTransitionEntity,
  RateLimitEntity,
  SessionEntity,
  UserEntity,
  DepartmentEntity,
  OrdinanceEntity,
  ArticleEntity,
  CycleEntity,
  BodyEntity,
  MemberEntity,
  GroupEntity,
  GroupMemberEntity,
  AssignmentEntity,
  ProjectEntity,
  TagEntity,
  SheetEntity,
  SheetRevisionEntity,
  SheetCommentEntity,
  SheetAttachmentEntity,
  MemberOpinionEntity,
  CouncilOpinionEntity,
  CouncilOpinionSourceEntity,
  CouncilOpinionRevisionEntity,
  ResponseEntity,
  ResponseOpinionEntity,
  ResponseRevisionEntity,
];
