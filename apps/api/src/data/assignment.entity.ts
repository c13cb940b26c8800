import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { CycleEntity } from './cycle.entity';
import { MemberEntity } from './member.entity';
import { ProjectEntity } from './project.entity';

/** 検証担当委員: a member assigned to verify an entry in a cycle. */
@ObjectType('Assignment')
@Entity('assignment')
@Unique('UQ_assignment', ['projectId', 'memberId'])
export class AssignmentEntity {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Index() @Column({ type: 'uuid' }) cycleId: string;
  @ManyToOne(() => CycleEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'cycleId' }) cycle?: CycleEntity;
  @Field(() => ID) @Column({ type: 'uuid' }) projectId: string;
  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'projectId' }) project?: ProjectEntity;
  @Field(() => ID) @Index() @Column({ type: 'uuid' }) memberId: string;
  @ManyToOne(() => MemberEntity, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'memberId' }) member?: MemberEntity;
  @Field() @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
