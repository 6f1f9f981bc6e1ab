import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One Idempotency-Key of a workspace: the request it was first used with and, once that succeeded, the
 * response to replay. `statusCode` null means the first request is still in progress.
 */
@Entity({ name: 'idempotency_keys' })
export class IdempotencyKeyEntity {
  @PrimaryColumn({ name: 'workspace_id', type: 'uuid' })
  workspaceId: string;

  @PrimaryColumn({ type: 'text' })
  key: string;

  /** Method and path of the first request, e.g. "POST /v1/webhooks/…/rotate-secret". */
  @Column({ name: 'request_path', type: 'text' })
  requestPath: string;

  /** SHA-256 of the canonical JSON of the first request's body. */
  @Column({ name: 'request_hash', type: 'text' })
  requestHash: string;

  @Column({ name: 'status_code', type: 'integer', nullable: true })
  statusCode: number | null;

  /** JSON of the response body, encrypted at rest (a created endpoint's response carries its secret). */
  @Column({ type: 'text', nullable: true })
  response: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;
}
