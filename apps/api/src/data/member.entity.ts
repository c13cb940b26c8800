import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { MemberCategory } from '@kensho/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { MemberCategoryEnum } from '../common/graphql-enums';
import { BodyEntity } from './body.entity';

/** 委員: a member of the subcommittee (the chair is 部会長). */
@ObjectType('Member')
@Entity('member')
@Index('UQ_member_chair', ['bodyId'], { unique: true, where: '"isChair"' })
export class MemberEntity {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Field(() => ID) @Column({ type: 'uuid' }) bodyId: string;
  @ManyToOne(() => BodyEntity, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'bodyId' }) body?: BodyEntity;
  @Field() @Column({ type: 'varchar', length: 200 }) name: string;
  @Field() @Column({ type: 'varchar', length: 200 }) affiliation: string;
  @Field() @Column({ type: 'varchar', length: 200 }) title: string;
  @Field(() => MemberCategoryEnum) @Column({ type: 'varchar', length: 20 }) category: MemberCategory;
  @Field() @Column({ type: 'boolean', default: false }) isChair: boolean;
  /** Also sits on the council (兼任). Null when the source does not say. */
  @Field(() => Boolean, { nullable: true }) @Column({ type: 'boolean', nullable: true }) alsoCouncilMember: boolean | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'date', nullable: true }) termStart: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'date', nullable: true }) termEnd: string | null;
  @Field(() => Int) @Column({ type: 'integer', default: 0 }) sortOrder: number;
  @Field(() => Int) @VersionColumn() version: number;
}
