import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { CyclePhase } from '@kensho/domain';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { CyclePhaseEnum } from '../common/graphql-enums';
import { OrdinanceEntity } from './ordinance.entity';

/** 検証サイクル: one fiscal year's verification (年度), moving PLAN → DO → CHECK → ACTION → PUBLISHED. */
@ObjectType('Cycle')
@Entity('cycle')
export class CycleEntity {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  /** The fiscal year verified (2019 = 令和元年度). */
  @Field(() => Int) @Column({ type: 'integer', unique: true }) fiscalYear: number;
  @Field(() => ID) @Column({ type: 'uuid' }) ordinanceId: string;
  @ManyToOne(() => OrdinanceEntity, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'ordinanceId' }) ordinance?: OrdinanceEntity;
  @Field(() => CyclePhaseEnum) @Column({ type: 'varchar', length: 20, default: 'PLAN' }) phase: CyclePhase;
  /** When the verification work runs (FY2019's ran 2019-05 to 2020-08). */
  @Field(() => String, { nullable: true }) @Column({ type: 'date', nullable: true }) startDate: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'date', nullable: true }) endDate: string | null;
  /** Deadline for the departments' verification sheets (Do). */
  @Field(() => String, { nullable: true }) @Column({ type: 'date', nullable: true }) sheetDeadline: string | null;
  /** Deadline for the members' opinions (Check). */
  @Field(() => String, { nullable: true }) @Column({ type: 'date', nullable: true }) opinionDeadline: string | null;
  @Field(() => Int) @VersionColumn() version: number;
  @Field() @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @Field() @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
