import { changeEvent, compact, num, recordsOf, requireRecord, requireString, str } from './translator-helpers';
import { MetaFieldTranslator, TranslatorRegistration } from './translator.types';

export const FLOWS_FIELD = 'flows';

const KNOWN_KEYS = new Set([
  'event',
  'message',
  'flow_id',
  'old_status',
  'new_status',
  'alert_state',
  'threshold',
  'error_rate',
  'errors',
  'p50_latency',
  'p90_latency',
  'requests_count',
  'availability',
]);

/**
 * flows → flow.status_updated (FLOW_STATUS_CHANGE: DRAFT, PUBLISHED, THROTTLED, BLOCKED, DEPRECATED)
 * or flow.alert (CLIENT_ERROR_RATE, ENDPOINT_ERROR_RATE, ENDPOINT_LATENCY, ENDPOINT_AVAILABILITY,
 * FLOW_VERSION_EXPIRY_WARNING and any other monitoring event). Extra keys Meta sends are kept.
 */
export const translateFlows: MetaFieldTranslator = (raw, ctx) => {
  const value = requireRecord(FLOWS_FIELD, raw);
  const event = requireString(FLOWS_FIELD, value, 'event');
  const flowId = requireString(FLOWS_FIELD, value, 'flow_id');
  const common = { event, flow_id: flowId, message: str(value.message) };
  if (event === 'FLOW_STATUS_CHANGE') {
    return [
      changeEvent(FLOWS_FIELD, 'flow.status_updated', raw, ctx, {
        ...common,
        old_status: str(value.old_status),
        new_status: str(value.new_status),
      }),
    ];
  }
  const errors = recordsOf(value.errors).map((e) => compact({ error_type: str(e.error_type), error_rate: num(e.error_rate), error_count: num(e.error_count) }));
  const extra: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) if (!KNOWN_KEYS.has(key)) extra[key] = v;
  return [
    changeEvent(FLOWS_FIELD, 'flow.alert', raw, ctx, {
      ...extra,
      ...common,
      alert_state: str(value.alert_state),
      threshold: num(value.threshold),
      error_rate: num(value.error_rate),
      errors: errors.length > 0 ? errors : undefined,
      p50_latency: num(value.p50_latency),
      p90_latency: num(value.p90_latency),
      requests_count: num(value.requests_count),
      availability: num(value.availability),
    }),
  ];
};

export const FLOWS_TRANSLATOR: TranslatorRegistration = {
  field: FLOWS_FIELD,
  produces: ['flow.status_updated', 'flow.alert'],
  translate: translateFlows,
};
