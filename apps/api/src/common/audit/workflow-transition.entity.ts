import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One row per state transition of any workflow (cycle phase, sheet, opinion, response, meeting):
 * who, when, from, to, the comment or reason, and the preconditions that were overridden.
 */
@Entity('workflow_transition')
@Index(['subjectType', 'subjectId', 'at'])
export class WorkflowTransitionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'varchar', length: 40 }) subjectType: string;
  @Column({ type: 'uuid' }) subjectId: string;
  @Column({ type: 'varchar', length: 40 }) event: string;
  @Column({ type: 'varchar', length: 40 }) fromState: string;
  @Column({ type: 'varchar', length: 40 }) toState: string;
  @Column({ type: 'uuid', nullable: true }) actorId: string | null;
  @Column({ type: 'text', nullable: true }) comment: string | null;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) overridden: string[];
  @CreateDateColumn({ type: 'timestamptz' }) at: Date;
}
