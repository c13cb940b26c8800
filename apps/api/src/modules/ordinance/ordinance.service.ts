import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { badField, notFound } from '../../common/errors/domain-error';
import type { VersionedRefInput } from '../../common/inputs';
import { assertUnique, createAudited, deleteAudited, updateAudited } from '../../common/persistence/audited';
import { ProjectEntity } from '../../data/project.entity';
import { ArticleEntity } from '../../data/article.entity';
import type { CreateArticleInput, UpdateArticleInput, UpdateOrdinanceInput } from './ordinance.input';
import { OrdinanceEntity } from '../../data/ordinance.entity';

@Injectable()
export class OrdinanceService {
  constructor(private readonly db: DataSource) {}

  ordinances(): Promise<OrdinanceEntity[]> {
    return this.db.getRepository(OrdinanceEntity).find({ order: { effectiveDate: 'ASC' } });
  }

  updateOrdinance(actor: Actor, input: UpdateOrdinanceInput) {
    return this.db.transaction((m) =>
      updateAudited(m, actor, {
        entity: OrdinanceEntity, entityType: 'ordinance', what: 'ordinance', id: input.id, version: input.version,
        apply: (o) => { o.name = input.name.trim(); o.shortName = input.shortName.trim(); o.effectiveDate = input.effectiveDate; },
      }),
    );
  }

  createArticle(actor: Actor, input: CreateArticleInput) {
    return this.db.transaction(async (m) => {
      if (!(await m.existsBy(OrdinanceEntity, { id: input.ordinanceId }))) throw notFound('ordinance');
      await assertUnique(m, ArticleEntity, { ordinanceId: input.ordinanceId, number: input.number }, undefined, 'number', 'article');
      return createAudited(m, actor, ArticleEntity, 'article', { ordinanceId: input.ordinanceId, number: input.number, title: input.title.trim() });
    });
  }

  updateArticle(actor: Actor, input: UpdateArticleInput) {
    return this.db.transaction((m) =>
      updateAudited(m, actor, {
        entity: ArticleEntity, entityType: 'article', what: 'article', id: input.id, version: input.version,
        apply: async (a) => {
          await assertUnique(m, ArticleEntity, { ordinanceId: a.ordinanceId, number: input.number }, a.id, 'number', 'article');
          a.number = input.number;
          a.title = input.title.trim();
        },
      }),
    );
  }

  deleteArticle(actor: Actor, ref: VersionedRefInput) {
    return this.db.transaction((m) =>
      deleteAudited(m, actor, {
        entity: ArticleEntity, entityType: 'article', what: 'article', id: ref.id, version: ref.version,
        check: async (a) => {
          if (await m.existsBy(ProjectEntity, { articleId: a.id })) throw badField('id', 'IN_USE', { what: 'article' });
        },
      }),
    );
  }
}
