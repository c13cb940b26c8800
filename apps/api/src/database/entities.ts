import { AuditEventEntity } from '../common/audit/audit-event.entity';
import { WorkflowTransitionEntity } from '../common/audit/workflow-transition.entity';
import { RateLimitEntity } from '../data/rate-limit.entity';
import { SessionEntity } from '../data/session.entity';
import { CycleEntity } from '../data/cycle.entity';
import { DepartmentEntity } from '../data/department.entity';
import { AssignmentEntity } from '../data/assignment.entity';
import { GroupMemberEntity } from '../data/group-member.entity';
import { GroupEntity } from '../data/group.entity';
import { BodyEntity } from '../data/body.entity';
import { MemberEntity } from '../data/member.entity';
import { ArticleEntity } from '../data/article.entity';
import { OrdinanceEntity } from '../data/ordinance.entity';
import { ProjectEntity } from '../data/project.entity';
import { CouncilOpinionRevisionEntity } from '../data/council-opinion-revision.entity';
import { CouncilOpinionSourceEntity } from '../data/council-opinion-source.entity';
import { CouncilOpinionEntity } from '../data/council-opinion.entity';
import { MemberOpinionEntity } from '../data/member-opinion.entity';
import { ResponseOpinionEntity } from '../data/response-opinion.entity';
import { ResponseRevisionEntity } from '../data/response-revision.entity';
import { ResponseEntity } from '../data/response.entity';
import { SheetAttachmentEntity } from '../data/sheet-attachment.entity';
import { SheetCommentEntity } from '../data/sheet-comment.entity';
import { SheetRevisionEntity } from '../data/sheet-revision.entity';
import { SheetEntity } from '../data/sheet.entity';
import { TagEntity } from '../data/tag.entity';
import { UserEntity } from '../data/user.entity';

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
