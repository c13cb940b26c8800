import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** 所管課: a division of the city that runs projects. */
@ObjectType('Department')
@Entity('department')
export class DepartmentEntity {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Field() @Column({ type: 'varchar', length: 200, unique: true }) name: string;
  /** The bureau (局) it belongs to, e.g. 経済労働局. */
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 200, nullable: true }) bureau: string | null;
  @Field(() => Int) @VersionColumn() version: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
