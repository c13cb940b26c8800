import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { badField } from '../../common/errors/domain-error';
import type { VersionedRefInput } from '../../common/inputs';
import { assertUnique, createAudited, deleteAudited, updateAudited } from '../../common/persistence/audited';
import { editableCycle } from '../cycles/cycles.service';
import type { CreateTagInput, UpdateTagInput } from './sheet.input';
import { TagEntity } from '../../data/tag.entity';

/** The secretariat's free tags of a cycle (※ and its legend). */
@Injectable()
export class TagsService {
  constructor(private readonly db: DataSource) {}

  create(actor: Actor, input: CreateTagInput) {
    return this.db.transaction(async (m) => {
      const cycle = await editableCycle(m, input.cycleId);
      await assertUnique(m, TagEntity, { cycleId: cycle.id, mark: input.mark.trim() }, undefined, 'mark', 'tag');
      return createAudited(m, actor, TagEntity, 'tag', { cycleId: cycle.id, mark: input.mark.trim(), label: input.label.trim(), legend: input.legend.trim(), responseLegend: input.responseLegend?.trim() || null });
    });
  }

  update(actor: Actor, input: UpdateTagInput) {
    return this.db.transaction((m) =>
      updateAudited(m, actor, {
        entity: TagEntity, entityType: 'tag', what: 'tag', id: input.id, version: input.version,
        apply: async (t) => {
          await editableCycle(m, t.cycleId);
          await assertUnique(m, TagEntity, { cycleId: t.cycleId, mark: input.mark.trim() }, t.id, 'mark', 'tag');
          Object.assign(t, { mark: input.mark.trim(), label: input.label.trim(), legend: input.legend.trim(), responseLegend: input.responseLegend?.trim() || null });
        },
      }),
    );
  }

  delete(actor: Actor, ref: VersionedRefInput) {
    return this.db.transaction((m) =>
      deleteAudited(m, actor, {
        entity: TagEntity, entityType: 'tag', what: 'tag', id: ref.id, version: ref.version,
        check: async (t) => {
          await editableCycle(m, t.cycleId);
          // sheets and council opinions carry tags by id: a tag either marks stays
          const [{ used }] = await m.query(
            `SELECT EXISTS (SELECT 1 FROM sheet WHERE $1 = ANY("tagIds")) OR EXISTS (SELECT 1 FROM council_opinion WHERE $1 = ANY("tagIds")) AS used`,
            [t.id],
          );
          if (used) throw badField('id', 'IN_USE', { what: 'tag' });
        },
      }),
    );
  }
}
