import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { SheetEntity } from './sheet.entity';

/** The discussion thread of a sheet, between its department and the secretariat. */
@Entity('sheet_comment')
@Index(['sheetId', 'createdAt'])
export class SheetCommentEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) sheetId: string;
  @ManyToOne(() => SheetEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'sheetId' }) sheet?: SheetEntity;
  @Column({ type: 'uuid' }) authorId: string;
  @Column({ type: 'text' }) body: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
