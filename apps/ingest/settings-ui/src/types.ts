/** Shapes of the public /v1 API the page uses (see SPEC.md "APIs" and the Swagger document). */
export interface FieldError {
  field: string;
  reason: string;
}

export interface ApiErrorBody {
  status: number;
  code: string;
  message: string;
  details?: FieldError[];
}

export interface EventType {
  type: string;
  category: string;
  description: string;
}

export interface WebhookHealth {
  /** 0–1 (or 0–100) over the last 24 h; null when nothing was delivered. */
  success_rate_24h?: number | null;
  attempts_24h?: number | null;
  last_delivery_at?: string | null;
  last_error?: string | null;
  last_error_at?: string | null;
  backlog?: number | null;
  /** Set while every delivery fails: since when, and when the endpoint will be disabled. */
  failing_since?: string | null;
  disables_at?: string | null;
}

export interface Webhook {
  id: string;
  url: string;
  description?: string | null;
  events: string[];
  enabled?: boolean;
  filter?: { phone_number_ids?: string[] } | null;
  status?: string | null;
  disabled_reason?: string | null;
  health?: WebhookHealth | null;
  /** Custom delivery headers; a sensitive header's value is never returned (null). */
  headers?: Record<string, { value: string | null; sensitive: boolean }>;
  created_at?: string;
  updated_at?: string;
  secret?: string;
  signature_algorithm?: 'hmac-sha256' | 'ed25519';
  payload?: 'full' | 'without_raw' | 'thin';
  redact?: string[];
}

export interface Page<T> {
  data: T[];
  next_cursor?: string | null;
}

export interface DeliveryAttempt {
  attempt?: number;
  /** auto, retry, manual, recover, sweep, test */
  trigger?: string;
  started_at?: string;
  duration_ms?: number | null;
  status_code?: number | null;
  error_class?: string | null;
  error_message?: string | null;
  response_body?: string | null;
  success?: boolean;
}

export interface Delivery {
  id: string;
  event_id?: string;
  event_type?: string;
  state?: string;
  attempt_count?: number;
  created_at?: string;
  next_attempt_at?: string | null;
  attempts?: DeliveryAttempt[];
}

export interface DeliveryPage extends Page<Delivery> {
  retention?: { days?: number; applies_to?: string; oldest_available?: string | null };
}

export interface TestOutcome {
  event_id?: string;
  success?: boolean;
  status_code?: number | null;
  duration_ms?: number | null;
  error_class?: string | null;
  error_message?: string | null;
  response_body?: string | null;
}

export interface Workspace {
  id: string;
  name?: string;
}
