import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { CycleEntity } from './cycle.entity';
import { MemberEntity } from './member.entity';
import { GroupEntity } from './group.entity';

/** A member's place in a group for one cycle (at most one group per member and cycle). */
@Entity('group_member')
@Unique('UQ_group_member_cycle', ['cycleId', 'memberId'])
export class GroupMemberEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) cycleId: string;
  @ManyToOne(() => CycleEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'cycleId' }) cycle?: CycleEntity;
  @Column({ type: 'uuid' }) groupId: string;
  @ManyToOne(() => GroupEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'groupId' }) group?: GroupEntity;
  @Column({ type: 'uuid' }) memberId: string;
  @ManyToOne(() => MemberEntity, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'memberId' }) member?: MemberEntity;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
