import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, VersionColumn } from 'typeorm';
import { OrdinanceEntity } from './ordinance.entity';

/** 条: an article of the ordinance and the policy (施策) it sets, e.g. 第12条 創業、経営の革新等の促進. */
@ObjectType('Article')
@Entity('article')
@Unique('UQ_article_number', ['ordinanceId', 'number'])
export class ArticleEntity {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Field(() => ID) @Column({ type: 'uuid' }) ordinanceId: string;
  @ManyToOne(() => OrdinanceEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'ordinanceId' }) ordinance?: OrdinanceEntity;
  @Field(() => Int) @Column({ type: 'integer' }) number: number;
  /** The policy title (施策). */
  @Field() @Column({ type: 'varchar', length: 200 }) title: string;
  @Field(() => Int) @VersionColumn() version: number;
}
