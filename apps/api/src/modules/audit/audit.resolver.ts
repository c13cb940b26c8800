import { Args, Query, Resolver } from '@nestjs/graphql';
import { AUDIT_READERS } from '@kensho/domain';
import { Allow } from '../../common/auth/decorators';
import { AuditActor, AuditFilterInput, AuditPage } from './audit.model';
import { AuditService } from './audit.service';

@Resolver()
export class AuditResolver {
  constructor(private readonly service: AuditService) {}

  @Allow(...AUDIT_READERS)
  @Query(() => AuditPage, { description: '変更履歴（監査ログ）: 事務局とシステム管理者' })
  auditEvents(@Args('filter') filter: AuditFilterInput) {
    return this.service.page(filter);
  }

  @Allow(...AUDIT_READERS)
  @Query(() => [AuditActor], { description: 'People who appear in the audit trail (for its filter).' })
  auditActors() {
    return this.service.actors();
  }
}
