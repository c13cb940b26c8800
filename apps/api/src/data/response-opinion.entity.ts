import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { CouncilOpinionEntity } from './council-opinion.entity';
import { ResponseEntity } from './response.entity';

/**
 * Which council opinions a response answers. A council opinion is answered by at most one response:
 * the constraint holds it under concurrency (ResponsesService turns a violation into BAD_USER_INPUT).
 */
@Entity('response_opinion')
@Unique('UQ_response_opinion_council_opinion', ['councilOpinionId'])
export class ResponseOpinionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index() @Column({ type: 'uuid' }) responseId: string;
  @ManyToOne(() => ResponseEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'responseId' }) response?: ResponseEntity;
  @Column({ type: 'uuid' }) councilOpinionId: string;
  @ManyToOne(() => CouncilOpinionEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'councilOpinionId' }) councilOpinion?: CouncilOpinionEntity;
}
