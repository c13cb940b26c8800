import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { BodyKind } from '@kensho/domain';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { BodyKindEnum } from '../common/graphql-enums';

/** 会議体: the council (産業振興協議会) or its subcommittee (中小企業活性化専門部会). */
@ObjectType('Body')
@Entity('body')
export class BodyEntity {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Field(() => BodyKindEnum) @Column({ type: 'varchar', length: 20, unique: true }) kind: BodyKind;
  @Field() @Column({ type: 'varchar', length: 200 }) name: string;
  @Field() @Column({ type: 'varchar', length: 100 }) shortName: string;
  @Field(() => ID, { nullable: true }) @Column({ type: 'uuid', nullable: true }) parentId: string | null;
  @ManyToOne(() => BodyEntity, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'parentId' }) parent?: BodyEntity;
  @Field(() => Int) @VersionColumn() version: number;
}
