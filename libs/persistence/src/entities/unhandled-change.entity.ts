import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type UnhandledReason = 'unknown_object' | 'unknown_waba' | 'unknown_field' | 'unreadable_value';

/** A Meta change we acknowledged but could not turn into events: kept with its raw value for operators. */
@Entity({ name: 'unhandled_changes' })
export class UnhandledChangeEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'received_at', type: 'timestamptz', default: () => 'now()' })
  receivedAt: Date;

  @Column({ type: 'text' })
  reason: UnhandledReason;

  @Column({ type: 'text', nullable: true })
  object: string | null;

  @Column({ name: 'waba_id', type: 'text', nullable: true })
  wabaId: string | null;

  @Column({ type: 'text', nullable: true })
  field: string | null;

  @Column({ type: 'jsonb', nullable: true })
  value: unknown;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  /** Content key of the change: Meta resending it does not add a second row. */
  @Column({ name: 'dedup_key', type: 'text', nullable: true })
  dedupKey: string | null;
}
