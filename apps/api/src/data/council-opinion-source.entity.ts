import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { CouncilOpinionEntity } from './council-opinion.entity';
import { MemberOpinionEntity } from './member-opinion.entity';

/** Which member opinions a council opinion was drawn from. */
@Entity('council_opinion_source')
@Unique('UQ_council_opinion_source', ['councilOpinionId', 'memberOpinionId'])
export class CouncilOpinionSourceEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) councilOpinionId: string;
  @ManyToOne(() => CouncilOpinionEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'councilOpinionId' }) councilOpinion?: CouncilOpinionEntity;
  @Index() @Column({ type: 'uuid' }) memberOpinionId: string;
  @ManyToOne(() => MemberOpinionEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'memberOpinionId' }) memberOpinion?: MemberOpinionEntity;
}
