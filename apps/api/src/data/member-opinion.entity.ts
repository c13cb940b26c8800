import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { MemberOpinionState, OpinionKind } from '@kensho/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { MemberOpinionStateEnum, OpinionKindEnum } from '../common/graphql-enums';
import { CycleEntity } from './cycle.entity';
import { MemberEntity } from './member.entity';
import { ProjectEntity } from './project.entity';

/** 検証意見: an assigned member's opinion on an entry; its state follows `memberOpinionWorkflow`. */
@ObjectType('MemberOpinion')
@Entity('member_opinion')
@Index(['projectId', 'createdAt'])
export class MemberOpinionEntity {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Field(() => ID) @Index() @Column({ type: 'uuid' }) cycleId: string;
  @ManyToOne(() => CycleEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'cycleId' }) cycle?: CycleEntity;
  @Field(() => ID) @Column({ type: 'uuid' }) projectId: string;
  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'projectId' }) project?: ProjectEntity;
  @Field(() => ID) @Index() @Column({ type: 'uuid' }) memberId: string;
  @ManyToOne(() => MemberEntity, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'memberId' }) member?: MemberEntity;
  @Field(() => OpinionKindEnum) @Column({ type: 'varchar', length: 20 }) kind: OpinionKind;
  @Field() @Column({ type: 'text' }) text: string;
  @Field(() => MemberOpinionStateEnum) @Column({ type: 'varchar', length: 20, default: 'DRAFT' }) state: MemberOpinionState;
  @Field(() => Int) @VersionColumn() version: number;
  @Field() @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @Field() @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
  @Field(() => Date, { nullable: true }) @Column({ type: 'timestamptz', nullable: true }) submittedAt: Date | null;
}
