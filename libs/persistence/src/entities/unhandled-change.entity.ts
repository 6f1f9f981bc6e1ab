import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Why a change (or one item of it) was kept instead of turned into events: not a WABA webhook, no
 * workspace owns its WABA or business portfolio, no translator for its field, its value or one of
 * its items could not be read, or it is nested too deep to store as JSON.
 */
export const UNHANDLED_REASONS = [
  'unknown_object',
  'unknown_waba',
  'unknown_business',
  'unknown_field',
  'unreadable_value',
  'unreadable_item',
  'too_deep',
] as const;
export type UnhandledReason = (typeof UNHANDLED_REASONS)[number];

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

  /** Where the unreadable item sits in the change value (e.g. "messages[2]"); null for a whole change. */
  @Column({ type: 'text', nullable: true })
  path: string | null;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  /** Content key of the change: Meta resending it does not add a second row. */
  @Column({ name: 'dedup_key', type: 'text', nullable: true })
  dedupKey: string | null;
}
