import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { SheetEntity } from './sheet.entity';

/** 関連資料: a file stored in the database, so that one backup holds everything. */
@Entity('sheet_attachment')
@Index(['sheetId', 'uploadedAt'])
export class SheetAttachmentEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) sheetId: string;
  @ManyToOne(() => SheetEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'sheetId' }) sheet?: SheetEntity;
  @Column({ type: 'varchar', length: 255 }) fileName: string;
  @Column({ type: 'varchar', length: 120 }) mimeType: string;
  @Column({ type: 'integer' }) size: number;
  /** Never read with the list (select: false). */
  @Column({ type: 'bytea', select: false }) data: Buffer;
  @Column({ type: 'uuid', nullable: true }) uploadedById: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) uploadedAt: Date;
}
