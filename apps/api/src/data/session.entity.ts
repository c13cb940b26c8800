import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A signed-in session, kept in the database so that any API instance behind a load balancer can read it.
 * Only the SHA-256 of the cookie's token is stored.
 */
@Entity('session')
export class SessionEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 }) tokenHash: string;
  @Index() @Column({ type: 'uuid' }) userId: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @Index() @Column({ type: 'timestamptz' }) expiresAt: Date;
  @Column({ type: 'varchar', length: 64, nullable: true }) ip: string | null;
}
