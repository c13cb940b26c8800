import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { SheetState } from '@kensho/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { SheetStateEnum } from '../common/graphql-enums';
import { CycleEntity } from './cycle.entity';
import { ProjectEntity } from './project.entity';
import { SheetContent } from './sheet-content.model';

/** 施策検証シート: one per entry and cycle; its state follows `sheetWorkflow` (libs/domain). */
@ObjectType('Sheet')
@Entity('sheet')
export class SheetEntity {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Field(() => ID) @Index() @Column({ type: 'uuid' }) cycleId: string;
  @ManyToOne(() => CycleEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'cycleId' }) cycle?: CycleEntity;
  @Field(() => ID) @Column({ type: 'uuid', unique: true }) projectId: string;
  @OneToOne(() => ProjectEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'projectId' }) project?: ProjectEntity;
  @Field(() => SheetStateEnum) @Column({ type: 'varchar', length: 20, default: 'DRAFT' }) state: SheetState;
  @Field(() => SheetContent) @Column({ type: 'jsonb' }) content: SheetContent;
  @Column({ type: 'uuid', array: true, default: () => "'{}'" }) tagIds: string[];
  @Field(() => Int) @VersionColumn() version: number;
  @Field() @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @Field() @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
  @Column({ type: 'uuid', nullable: true }) updatedById: string | null;
  @Field(() => Date, { nullable: true }) @Column({ type: 'timestamptz', nullable: true }) submittedAt: Date | null;
}
