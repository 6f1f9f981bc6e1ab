import { Column, Entity, PrimaryColumn } from 'typeorm';

/** `endpoint_deleted`: the endpoint was deleted while the delivery still waited; final, like succeeded and failed. */
export type DeliveryState = 'pending' | 'succeeded' | 'failed' | 'endpoint_deleted';

/** One event toward one endpoint. The id is derived from (event, endpoint) so writers need no lookup. */
@Entity({ name: 'deliveries' })
export class DeliveryEntity {
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Column({ name: 'event_id', type: 'text' })
  eventId: string;

  @Column({ name: 'endpoint_id', type: 'uuid' })
  endpointId: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId: string;

  @Column({ name: 'event_type', type: 'text' })
  eventType: string;

  @Column({ type: 'text' })
  state: DeliveryState;

  @Column({ name: 'attempt_count', type: 'int', default: 0 })
  attemptCount: number;

  @Column({ name: 'last_attempt_at', type: 'timestamptz', nullable: true })
  lastAttemptAt: Date | null;

  @Column({ name: 'last_status_code', type: 'int', nullable: true })
  lastStatusCode: number | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', nullable: true })
  nextAttemptAt: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;

  /** UTC day of the event's created_at ('YYYY-MM-DD'): the partition key, part of the primary key. */
  @PrimaryColumn({ name: 'event_day', type: 'date' })
  eventDay: string;
}
