import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Role } from '@kensho/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { DepartmentEntity } from './department.entity';
import { MemberEntity } from './member.entity';
import { RoleEnum } from '../common/graphql-enums';

/** A person who signs in. Staff belong to a department; members are linked to their member record. */
@ObjectType('User')
@Entity('app_user')
/** One account per member, also when two requests arrive together. */
@Index('UQ_user_member', ['memberId'], { unique: true, where: '"memberId" IS NOT NULL' })
@Check('CHK_user_scope', `("role" <> 'DEPARTMENT_STAFF' OR "departmentId" IS NOT NULL) AND ("role" <> 'COMMITTEE_MEMBER' OR "memberId" IS NOT NULL)`)
export class UserEntity {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Field() @Column({ type: 'varchar', length: 64, unique: true }) loginId: string;
  @Field() @Column({ type: 'varchar', length: 200 }) displayName: string;
  /** argon2id; never exposed. */
  @Column({ type: 'text' }) passwordHash: string;
  @Field(() => RoleEnum) @Column({ type: 'varchar', length: 20 }) role: Role;
  @Field(() => ID, { nullable: true }) @Column({ type: 'uuid', nullable: true }) departmentId: string | null;
  @Field(() => ID, { nullable: true }) @Column({ type: 'uuid', nullable: true }) memberId: string | null;
  @Field() @Column({ type: 'boolean', default: true }) active: boolean;
  @ManyToOne(() => DepartmentEntity, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'departmentId' }) department?: DepartmentEntity;
  @ManyToOne(() => MemberEntity, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'memberId' }) member?: MemberEntity;
  @Field(() => Int) @VersionColumn() version: number;
  @Field() @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
