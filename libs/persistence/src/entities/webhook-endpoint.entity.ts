import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export interface EndpointFilter {
  phone_number_ids?: string[];
}

@Entity({ name: 'webhook_endpoints' })
export class WebhookEndpointEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId: string;

  @Column({ type: 'text' })
  url: string;

  @Column({ type: 'text', default: '' })
  description: string;

  /** Subscribed event types or wildcards ("template.*", "*"). */
  @Column({ type: 'text', array: true })
  events: string[];

  @Column({ type: 'jsonb', default: () => "'{}'::jsonb" })
  filter: EndpointFilter;

  /** Extra headers sent with every delivery (never the signature headers): name → value encrypted (enc:v1:…). */
  @Column({ type: 'jsonb', default: () => "'{}'::jsonb" })
  headers: Record<string, string>;

  /** Names of custom headers whose values the API never returns (write-only, like a password). */
  @Column({ name: 'sensitive_headers', type: 'text', array: true, default: () => "'{}'::text[]" })
  sensitiveHeaders: string[];

  @Column({ type: 'boolean', default: true })
  enabled: boolean;

  /** Deliveries per second at most, across every dispatcher replica; null: unlimited. */
  @Column({ name: 'rate_limit_per_second', type: 'integer', nullable: true, default: null })
  rateLimitPerSecond: number | null;

  @Column({ name: 'disabled_reason', type: 'text', nullable: true })
  disabledReason: string | null;

  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  /** Signing secret, encrypted (enc:v1:…); see SecretCipher. */
  @Column({ type: 'text' })
  secret: string;

  /** The secret before the last rotation (encrypted), still signing until previous_secret_expires_at. */
  @Column({ name: 'previous_secret', type: 'text', nullable: true })
  previousSecret: string | null;

  @Column({ name: 'previous_secret_expires_at', type: 'timestamptz', nullable: true })
  previousSecretExpiresAt: Date | null;

  /** What the endpoint receives of each event: full, without_raw or thin (see shapeEnvelope). */
  @Column({ name: 'payload_format', type: 'text', default: 'full' })
  payloadFormat: 'full' | 'without_raw' | 'thin';

  /** Classes of personal data removed or hashed before delivery (message_content, phone_numbers, contact_names). */
  @Column({ type: 'text', array: true, default: () => "'{}'::text[]" })
  redact: string[];

  /** Key of the redaction hashes of this endpoint (encrypted, enc:v1:…); null until the endpoint redacts. */
  @Column({ name: 'redaction_key', type: 'text', nullable: true })
  redactionKey: string | null;

  /** When the endpoint was last enabled again after being disabled (disabled_at keeps the start of that period). */
  @Column({ name: 'reenabled_at', type: 'timestamptz', nullable: true })
  reenabledAt: Date | null;

  /** Start of the current run of failures without a success (for auto-disable). */
  @Column({ name: 'failing_since', type: 'timestamptz', nullable: true })
  failingSince: Date | null;

  @Column({ name: 'last_success_at', type: 'timestamptz', nullable: true })
  lastSuccessAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
