import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ResponseCategory, ResponseState } from '@kensho/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { ResponseCategoryEnum, ResponseStateEnum } from '../common/graphql-enums';
import { CycleEntity } from './cycle.entity';
import { ProjectEntity } from './project.entity';

/**
 * 対応 (令和２年度以降の対応): an entry's department answers one or more of the entry's confirmed council
 * opinions (response_opinion); its state follows `responseWorkflow` (libs/domain). Every edit keeps the
 * version it replaced in response_revision.
 */
@ObjectType('Response')
@Entity('response')
@Index(['projectId', 'position'])
export class ResponseEntity {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Field(() => ID) @Index() @Column({ type: 'uuid' }) cycleId: string;
  @ManyToOne(() => CycleEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'cycleId' }) cycle?: CycleEntity;
  @Field(() => ID) @Column({ type: 'uuid' }) projectId: string;
  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'projectId' }) project?: ProjectEntity;
  /**
   * The number of the first council opinion it answers, to list an entry's responses in the opinions'
   * order. Those numbers do not move: a response answers confirmed opinions only, an entry with a
   * confirmed opinion is not renumbered, and an answered opinion cannot be reopened.
   */
  @Field(() => Int, { description: 'The number of the first council opinion it answers (the order of an entry’s responses).' })
  @Column({ type: 'integer' })
  position: number;
  @Field() @Column({ type: 'text' }) text: string;
  /** Null only for the demo's responses (the seed gives no category); a new response needs one. */
  @Field(() => ResponseCategoryEnum, { nullable: true, description: 'Null for the demo’s responses (the seed gives none): shown as 未分類.' })
  @Column({ type: 'varchar', length: 20, nullable: true })
  category: ResponseCategory | null;
  @Field(() => String, { nullable: true, description: 'Why it is difficult (category DIFFICULT only).' })
  @Column({ type: 'text', nullable: true })
  difficultyReason: string | null;
  @Column({ type: 'uuid', array: true, default: () => "'{}'" }) tagIds: string[];
  @Field(() => String, { nullable: true, description: 'When what it promises is due (YYYY-MM-DD).' }) @Column({ type: 'date', nullable: true }) dueDate: string | null;
  @Field(() => ResponseStateEnum) @Column({ type: 'varchar', length: 20, default: 'DRAFT' }) state: ResponseState;
  /** The version the secretariat last returned (or reopened): what a resubmission is reviewed against. */
  @Column({ type: 'integer', nullable: true }) returnedVersion: number | null;
  @Field(() => Int) @VersionColumn() version: number;
  @Field() @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @Field() @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
  @Column({ type: 'uuid', nullable: true }) updatedById: string | null;
  @Field(() => Date, { nullable: true }) @Column({ type: 'timestamptz', nullable: true }) submittedAt: Date | null;
  @Field(() => Date, { nullable: true }) @Column({ type: 'timestamptz', nullable: true }) approvedAt: Date | null;
}
