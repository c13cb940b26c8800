import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { CouncilOpinionState } from '@kensho/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn, VersionColumn } from 'typeorm';
import { CouncilOpinionStateEnum } from '../common/graphql-enums';
import { CycleEntity } from './cycle.entity';
import { ProjectEntity } from './project.entity';

/**
 * 主な検証意見: the council's opinion on an entry, numbered ①②③… by `position` (gapless per entry),
 * drawn from member opinions (council_opinion_source), confirmed by a meeting or written deliberation.
 */
@ObjectType('CouncilOpinion')
@Entity('council_opinion')
// One opinion per number and entry. Deferred to the commit: renumbering, splitting and reordering move
// numbers in place, one row after the other, and only the end state must be unique.
@Unique('UQ_council_opinion_position', ['projectId', 'position'], { deferrable: 'INITIALLY DEFERRED' })
export class CouncilOpinionEntity {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Field(() => ID) @Index() @Column({ type: 'uuid' }) cycleId: string;
  @ManyToOne(() => CycleEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'cycleId' }) cycle?: CycleEntity;
  @Field(() => ID) @Column({ type: 'uuid' }) projectId: string;
  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'projectId' }) project?: ProjectEntity;
  /** 1, 2, 3… within the entry; shown as ①②③. */
  @Field(() => Int) @Column({ type: 'integer' }) position: number;
  @Field() @Column({ type: 'text' }) text: string;
  @Column({ type: 'uuid', array: true, default: () => "'{}'" }) tagIds: string[];
  @Field(() => CouncilOpinionStateEnum) @Column({ type: 'varchar', length: 20, default: 'DRAFT' }) state: CouncilOpinionState;
  /** The date of the meeting or written deliberation that confirmed it. */
  @Field(() => String, { nullable: true }) @Column({ type: 'date', nullable: true }) confirmedOn: string | null;
  /** Which meeting or deliberation (e.g. 令和元年度第２回産業振興協議会（書面協議）). */
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 300, nullable: true }) confirmedBy: string | null;
  @Field(() => Int) @VersionColumn() version: number;
  @Field() @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @Field() @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
  @Column({ type: 'uuid', nullable: true }) updatedById: string | null;
}
