import { isOwnOperationalEventWhileFailing, operationalEnvelope, operationalSubjectOf } from './operational-event';

const WS = '6f1c2d3e-0000-4000-8000-000000000001';
const A = '0b7a3c7e-1111-4000-8000-00000000000a';
const B = '0b7a3c7e-1111-4000-8000-00000000000b';

describe('operational events', () => {
  it('gives one occurrence one id, another occurrence another', () => {
    const at = new Date('2026-05-12T16:10:17.345Z');
    const first = operationalEnvelope(WS, 'webhook.delivery_failing', `${A}\n2026-05-12T15:00:00.000Z`, at, { endpoint_id: A });
    const again = operationalEnvelope(WS, 'webhook.delivery_failing', `${A}\n2026-05-12T15:00:00.000Z`, new Date(), { endpoint_id: A });
    const next = operationalEnvelope(WS, 'webhook.delivery_failing', `${A}\n2026-05-13T15:00:00.000Z`, at, { endpoint_id: A });
    expect(first.id).toBe(again.id);
    expect(next.id).not.toBe(first.id);
    expect(first).toMatchObject({ type: 'webhook.delivery_failing', created_at: '2026-05-12T16:10:17Z', workspace_id: WS, raw: null, phone_number_id: null });
  });

  it('names the subject endpoint of operational events only', () => {
    expect(operationalSubjectOf({ type: 'webhook.endpoint_recovered', data: { endpoint_id: A } })).toBe(A);
    expect(operationalSubjectOf({ type: 'message.received', data: { endpoint_id: A } })).toBeNull();
    expect(operationalSubjectOf({ type: 'webhook.endpoint_created', data: {} })).toBeNull();
  });

  it('keeps an event about a failing endpoint from that endpoint only', () => {
    const about = { type: 'webhook.delivery_failing', data: { endpoint_id: A } };
    const failing = new Date();
    expect(isOwnOperationalEventWhileFailing({ id: A, failingSince: failing }, about)).toBe(true);
    expect(isOwnOperationalEventWhileFailing({ id: B, failingSince: failing }, about)).toBe(false);
    expect(isOwnOperationalEventWhileFailing({ id: A, failingSince: null }, about)).toBe(false);
    expect(isOwnOperationalEventWhileFailing({ id: A, failingSince: failing }, { type: 'message.received', data: { endpoint_id: A } })).toBe(false);
  });
});
