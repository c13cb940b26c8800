import type { ResponseCategory } from '@kensho/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ResponseEntity } from './response.entity';

/** What an edit replaced: every edit of a response keeps the version before it (text, category, opinions answered…). */
@Entity('response_revision')
@Index(['responseId', 'version'], { unique: true })
export class ResponseRevisionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) responseId: string;
  @ManyToOne(() => ResponseEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'responseId' }) response?: ResponseEntity;
  /** The response's version this content had. */
  @Column({ type: 'integer' }) version: number;
  @Column({ type: 'text' }) text: string;
  @Column({ type: 'varchar', length: 20, nullable: true }) category: ResponseCategory | null;
  @Column({ type: 'text', nullable: true }) difficultyReason: string | null;
  @Column({ type: 'uuid', array: true, default: () => "'{}'" }) tagIds: string[];
  @Column({ type: 'date', nullable: true }) dueDate: string | null;
  /** The council opinions it answered then. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" }) councilOpinionIds: string[];
  /** Who saved that version, and when. */
  @Column({ type: 'uuid', nullable: true }) savedById: string | null;
  @Column({ type: 'timestamptz' }) savedAt: Date;
  @CreateDateColumn({ type: 'timestamptz' }) replacedAt: Date;
}
