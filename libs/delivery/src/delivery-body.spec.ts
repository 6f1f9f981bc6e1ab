import { deliveryBody, payloadOptionsOf } from './delivery-body';

describe('deliveryBody', () => {
  const envelope = {
    id: 'evt_1',
    type: 'message.received',
    created_at: '2026-05-11T08:00:11Z',
    workspace_id: '0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9',
    waba_id: '103850127645201',
    phone_number_id: '117263540981001',
    data: { from: '16505550123', text: { body: 'hi' }, contact_name: 'Ana Torres' },
    raw: { field: 'messages', value: { contacts: [{ wa_id: '16505550123' }] } },
  };
  const stored = Buffer.from(JSON.stringify(envelope));

  it('sends the stored bytes themselves for a full payload (rows from before the options included)', () => {
    expect(deliveryBody(payloadOptionsOf({ payloadFormat: 'full', redact: [] }), stored, null)).toBe(stored);
    expect(payloadOptionsOf({} as never)).toEqual({ payload: 'full', redact: [] });
  });

  it('shapes the envelope for thin, without_raw and redacting endpoints', () => {
    expect(JSON.parse(deliveryBody({ payload: 'thin', redact: [] }, stored, null).toString())).toEqual({
      id: 'evt_1',
      type: 'message.received',
      created_at: '2026-05-11T08:00:11Z',
      workspace_id: envelope.workspace_id,
      waba_id: envelope.waba_id,
      phone_number_id: envelope.phone_number_id,
    });
    expect(JSON.parse(deliveryBody({ payload: 'without_raw', redact: [] }, stored, null).toString())).toEqual({ ...envelope, raw: undefined });
    const redacted = deliveryBody({ payload: 'full', redact: ['message_content', 'phone_numbers', 'contact_names'] }, stored, Buffer.alloc(32, 1)).toString();
    for (const personal of ['16505550123', 'Ana Torres', '"hi"']) expect(redacted).not.toContain(personal);
  });
});
