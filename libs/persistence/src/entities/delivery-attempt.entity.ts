import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** `sweep`: re-published by the delivery sweeper after its message was lost. */
export type AttemptTrigger = 'auto' | 'retry' | 'manual' | 'recover' | 'sweep' | 'test';

@Entity({ name: 'delivery_attempts' })
export class DeliveryAttemptEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'delivery_id', type: 'text' })
  deliveryId: string;

  @Column({ name: 'event_id', type: 'text' })
  eventId: string;

  @Column({ name: 'endpoint_id', type: 'uuid' })
  endpointId: string;

  @Column({ type: 'int' })
  attempt: number;

  @Column({ type: 'text', default: 'auto' })
  trigger: AttemptTrigger;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt: Date;

  @Column({ name: 'duration_ms', type: 'int' })
  durationMs: number;

  @Column({ name: 'status_code', type: 'int', nullable: true })
  statusCode: number | null;

  /** Error class when no HTTP answer came: timeout, connection_error, ssrf_blocked, redirect, ... */
  @Column({ name: 'error_class', type: 'text', nullable: true })
  errorClass: string | null;

  @Column({ name: 'error_message', type: 'text', nullable: true })
  errorMessage: string | null;

  @Column({ name: 'response_body', type: 'text', nullable: true })
  responseBody: string | null;

  @Column({ type: 'boolean' })
  success: boolean;

  /** UTC day of the event's created_at: the partition key, part of the primary key. */
  @PrimaryColumn({ name: 'event_day', type: 'date' })
  eventDay: string;
}
