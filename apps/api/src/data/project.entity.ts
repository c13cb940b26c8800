import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ProjectKind } from '@kensho/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { ProjectKindEnum } from '../common/graphql-enums';
import { CycleEntity } from './cycle.entity';
import { DepartmentEntity } from './department.entity';
import { GroupEntity } from './group.entity';
import { ArticleEntity } from './article.entity';

/**
 * 事業: a project (or the city-wide initiative of Art. 19) verified in a cycle, as listed in the summary
 * table. Related projects are verified together as one entry: a project with `verifiedWithId` is verified
 * under that lead project, which carries the group, the assigned members, the sheet and the opinions.
 */
@ObjectType('Project')
@Entity('project')
@Index(['cycleId', 'sortOrder'])
export class ProjectEntity {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Field(() => ID) @Column({ type: 'uuid' }) cycleId: string;
  @ManyToOne(() => CycleEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'cycleId' }) cycle?: CycleEntity;
  @Field(() => ID) @Index() @Column({ type: 'uuid' }) articleId: string;
  @ManyToOne(() => ArticleEntity, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'articleId' }) article?: ArticleEntity;
  @Field(() => ID, { nullable: true }) @Column({ type: 'uuid', nullable: true }) departmentId: string | null;
  @ManyToOne(() => DepartmentEntity, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'departmentId' }) department?: DepartmentEntity;
  @Field(() => ID, { nullable: true }) @Column({ type: 'uuid', nullable: true }) groupId: string | null;
  @ManyToOne(() => GroupEntity, { onDelete: 'SET NULL' }) @JoinColumn({ name: 'groupId' }) group?: GroupEntity;
  @Field(() => ID, { nullable: true }) @Index() @Column({ type: 'uuid', nullable: true }) verifiedWithId: string | null;
  @ManyToOne(() => ProjectEntity, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'verifiedWithId' }) verifiedWith?: ProjectEntity;
  @Field() @Column({ type: 'varchar', length: 200 }) name: string;
  @Field(() => ProjectKindEnum) @Column({ type: 'varchar', length: 20, default: 'PROJECT' }) kind: ProjectKind;
  /** First page in the council's material (資料２). */
  @Field(() => Int, { nullable: true }) @Column({ type: 'integer', nullable: true }) page: number | null;
  @Field(() => Int) @Column({ type: 'integer', default: 0 }) sortOrder: number;
  /** Withdrawn from the cycle's verification (its data kept): out of every precondition, to-do and progress. */
  @Field(() => Date, { nullable: true }) @Column({ type: 'timestamptz', nullable: true }) withdrawnAt: Date | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) withdrawnReason: string | null;
  @Field(() => Int) @VersionColumn() version: number;
}
