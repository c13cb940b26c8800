import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { SheetContent } from './sheet-content.model';
import { SheetEntity } from './sheet.entity';

/** The content a save replaced: every edit keeps the version before it. */
@Entity('sheet_revision')
@Index(['sheetId', 'version'], { unique: true })
export class SheetRevisionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) sheetId: string;
  @ManyToOne(() => SheetEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'sheetId' }) sheet?: SheetEntity;
  /** The sheet's version this content had. */
  @Column({ type: 'integer' }) version: number;
  @Column({ type: 'jsonb' }) content: SheetContent;
  /** Who saved that version, and when. */
  @Column({ type: 'uuid', nullable: true }) savedById: string | null;
  @Column({ type: 'timestamptz' }) savedAt: Date;
  @CreateDateColumn({ type: 'timestamptz' }) replacedAt: Date;
}
