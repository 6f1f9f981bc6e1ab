import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A domain event. The id is derived from the event's content (see eventIdFor), so it doubles as the
 * deduplication key: event_dedupe remembers it, and a second insert of the same event is skipped.
 * Partitioned by day of created_at (the key is part of the primary key).
 * published_at is the outbox marker: null until the broker confirmed the publish.
 */
@Entity({ name: 'events' })
export class EventEntity {
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId: string;

  @Column({ type: 'text' })
  type: string;

  @Column({ name: 'waba_id', type: 'text', nullable: true })
  wabaId: string | null;

  @Column({ name: 'phone_number_id', type: 'text', nullable: true })
  phoneNumberId: string | null;

  /** The envelope exactly as delivered (json keeps the text, so resends are byte-identical). */
  @Column({ type: 'json' })
  envelope: Record<string, unknown>;

  @PrimaryColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'received_at', type: 'timestamptz', default: () => 'now()' })
  receivedAt: Date;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;
}
