import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Hit counters of the throttler, shared by every API instance (see PgThrottlerStorage). */
@Entity('rate_limit')
export class RateLimitEntity {
  @PrimaryColumn({ type: 'varchar', length: 300 }) key: string;
  @Column({ type: 'integer' }) hits: number;
  @Column({ type: 'timestamptz' }) expiresAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) blockedUntil: Date | null;
}
