import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { badField } from '../../common/errors/domain-error';
import { assertUnique, createAudited, deleteAudited, updateAudited } from '../../common/persistence/audited';
import { ProjectEntity } from '../../data/project.entity';
import { UserEntity } from '../../data/user.entity';
import { DepartmentEntity } from '../../data/department.entity';
import type { CreateDepartmentInput, UpdateDepartmentInput } from './department.input';
import type { VersionedRefInput } from '../../common/inputs';

@Injectable()
export class DepartmentsService {
  constructor(private readonly db: DataSource) {}

  list(): Promise<DepartmentEntity[]> {
    return this.db.getRepository(DepartmentEntity).find({ order: { bureau: 'ASC', name: 'ASC' } });
  }

  create(actor: Actor, input: CreateDepartmentInput): Promise<DepartmentEntity> {
    return this.db.transaction(async (m) => {
      await assertUnique(m, DepartmentEntity, { name: input.name.trim() }, undefined, 'name', 'department');
      return createAudited(m, actor, DepartmentEntity, 'department', { name: input.name.trim(), bureau: input.bureau?.trim() || null });
    });
  }

  update(actor: Actor, input: UpdateDepartmentInput): Promise<DepartmentEntity> {
    return this.db.transaction(async (m) => {
      await assertUnique(m, DepartmentEntity, { name: input.name.trim() }, input.id, 'name', 'department');
      return updateAudited(m, actor, {
        entity: DepartmentEntity, entityType: 'department', what: 'department', id: input.id, version: input.version,
        apply: (d) => { d.name = input.name.trim(); d.bureau = input.bureau?.trim() || null; },
      });
    });
  }

  delete(actor: Actor, ref: VersionedRefInput): Promise<DepartmentEntity> {
    return this.db.transaction((m) =>
      deleteAudited(m, actor, {
        entity: DepartmentEntity, entityType: 'department', what: 'department', id: ref.id, version: ref.version,
        check: async (d) => {
          const used = (await m.countBy(UserEntity, { departmentId: d.id })) + (await m.countBy(ProjectEntity, { departmentId: d.id }));
          if (used > 0) throw badField('id', 'IN_USE', { what: 'department' });
        },
      }),
    );
  }
}
