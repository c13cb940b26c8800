import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CouncilOpinionEntity } from './council-opinion.entity';

/** The wording an edit replaced: every edit of a council opinion keeps the version before it. */
@Entity('council_opinion_revision')
@Index(['councilOpinionId', 'version'], { unique: true })
export class CouncilOpinionRevisionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) councilOpinionId: string;
  @ManyToOne(() => CouncilOpinionEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'councilOpinionId' }) councilOpinion?: CouncilOpinionEntity;
  @Column({ type: 'integer' }) version: number;
  @Column({ type: 'text' }) text: string;
  @Column({ type: 'uuid', array: true, default: () => "'{}'" }) tagIds: string[];
  @Column({ type: 'uuid', nullable: true }) savedById: string | null;
  @Column({ type: 'timestamptz' }) savedAt: Date;
  @CreateDateColumn({ type: 'timestamptz' }) replacedAt: Date;
}
