import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Every change: who, when, what, and the row before and after (so every edit keeps the version it
 * replaced). Written in the same transaction as the change.
 */
@Entity('audit_event')
@Index(['entityType', 'entityId', 'at'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid', nullable: true }) actorId: string | null;
  @Column({ type: 'varchar', length: 40 }) entityType: string;
  @Column({ type: 'uuid' }) entityId: string;
  /** CREATE, UPDATE, DELETE, or a workflow event name. */
  @Column({ type: 'varchar', length: 40 }) action: string;
  @Column({ type: 'jsonb', nullable: true }) before: Record<string, unknown> | null;
  @Column({ type: 'jsonb', nullable: true }) after: Record<string, unknown> | null;
  @Column({ type: 'text', nullable: true }) reason: string | null;
  @Column({ type: 'varchar', length: 64, nullable: true }) requestId: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) at: Date;
}
