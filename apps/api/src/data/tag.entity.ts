import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, VersionColumn } from 'typeorm';
import { CycleEntity } from './cycle.entity';

/** A free tag the secretariat manages in a cycle, e.g. ※ = 新型コロナウイルス感染症を踏まえた意見 (beside opinions) or 対応 (beside responses). */
@ObjectType('Tag')
@Entity('tag')
@Unique('UQ_tag_mark', ['cycleId', 'mark'])
export class TagEntity {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Field(() => ID) @Column({ type: 'uuid' }) cycleId: string;
  @ManyToOne(() => CycleEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'cycleId' }) cycle?: CycleEntity;
  /** The mark printed beside what is tagged (※). */
  @Field() @Column({ type: 'varchar', length: 10 }) mark: string;
  @Field() @Column({ type: 'varchar', length: 100 }) label: string;
  /** The legend printed with the mark (beside opinions: 「※ は…を踏まえた意見」). */
  @Field() @Column({ type: 'varchar', length: 300 }) legend: string;
  /** The legend beside responses (「※ は…を踏まえた対応」); null: the same as `legend`. */
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 300, nullable: true }) responseLegend: string | null;
  @Field(() => Int) @VersionColumn() version: number;
}
