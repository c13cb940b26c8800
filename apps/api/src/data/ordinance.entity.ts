import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

/** 条例: the ordinance whose articles the verified projects implement. */
@ObjectType('Ordinance')
@Entity('ordinance')
export class OrdinanceEntity {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Field() @Column({ type: 'varchar', length: 300 }) name: string;
  @Field() @Column({ type: 'varchar', length: 100 }) shortName: string;
  /** ISO date the ordinance came into force. */
  @Field() @Column({ type: 'date' }) effectiveDate: string;
  @Field(() => Int) @VersionColumn() version: number;
}
