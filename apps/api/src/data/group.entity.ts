import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, VersionColumn } from 'typeorm';
import { CycleEntity } from './cycle.entity';

/** 班: a group of members verifying a set of entries together in one cycle. */
@ObjectType('Group')
@Entity('verification_group')
@Unique('UQ_group_name', ['cycleId', 'name'])
export class GroupEntity {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Field(() => ID) @Column({ type: 'uuid' }) cycleId: string;
  @ManyToOne(() => CycleEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'cycleId' }) cycle?: CycleEntity;
  @Field() @Column({ type: 'varchar', length: 100 }) name: string;
  @Field(() => Int) @Column({ type: 'integer', default: 0 }) sortOrder: number;
  @Field(() => Int) @VersionColumn() version: number;
}
