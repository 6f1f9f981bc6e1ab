import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MetaWebhookBody } from '../meta/meta-webhook.types';
import { TranslationContext, UnreadableChangeError } from './translator.types';

const FIXTURES = join(__dirname, '../../../../test/fixtures/meta');
function fixture(name: string): { value: unknown; ctx: TranslationContext } {
  const body = JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as MetaWebhookBody;
  const entry = body.entry![0];
  return { value: entry.changes![0].value, ctx: { wabaId: entry.id, entryTime: entry.time, receivedAt: RECEIVED } };
}
const RECEIVED = new Date('2026-05-11T12:00:00Z');
void UnreadableChangeError;
import { FLOWS_TRANSLATOR } from './flows.translator';

describe('flows → flow.status_updated / flow.alert', () => {
  it('translates a status change', () => {
    const { value, ctx } = fixture('flows-status-change.json');
    const [event] = FLOWS_TRANSLATOR.translate(value, ctx);
    expect(event.type).toBe('flow.status_updated');
    expect(event.occurredAt).toEqual(new Date(1778493000 * 1000));
    expect(event.data).toEqual({
      event: 'FLOW_STATUS_CHANGE',
      flow_id: '1097420589034000',
      message: 'Flow Booking changed status from DRAFT to PUBLISHED',
      old_status: 'DRAFT',
      new_status: 'PUBLISHED',
    });
  });

  it('translates an endpoint error-rate alert', () => {
    const { value, ctx } = fixture('flows-endpoint-error-rate.json');
    const [event] = FLOWS_TRANSLATOR.translate(value, ctx);
    expect(event.type).toBe('flow.alert');
    expect(event.data).toEqual({
      event: 'ENDPOINT_ERROR_RATE',
      flow_id: '1097420589034000',
      message: 'Endpoint error rate has reached the 10% threshold',
      alert_state: 'ACTIVATED',
      threshold: 10,
      error_rate: 12.5,
      errors: [{ error_type: 'TIMEOUT', error_rate: 12.5, error_count: 25 }],
    });
  });

  it('keeps extra fields of other monitoring events', () => {
    const [event] = FLOWS_TRANSLATOR.translate(
      { event: 'FLOW_VERSION_EXPIRY_WARNING', flow_id: '1', message: 'Version expires soon', flow_version: '3.1' },
      { wabaId: 'w', receivedAt: RECEIVED },
    );
    expect(event.type).toBe('flow.alert');
    expect(event.data).toEqual({ event: 'FLOW_VERSION_EXPIRY_WARNING', flow_id: '1', message: 'Version expires soon', flow_version: '3.1' });
  });

  it('rejects a value without flow_id', () => {
    expect(() => FLOWS_TRANSLATOR.translate({ event: 'FLOW_STATUS_CHANGE' }, { wabaId: 'w', receivedAt: RECEIVED })).toThrow('flows: missing flow_id');
  });
});
