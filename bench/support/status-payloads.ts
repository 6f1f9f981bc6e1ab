import { createHmac, randomBytes } from 'node:crypto';

/** Signed single-change Meta POSTs, each carrying one status with a unique wamid (one event per POST). */
export interface SignedPayload {
  body: string;
  signature: string;
  /** The status's message id (unique per payload): the key the receiver finds the event by. */
  wamid: string;
}

export function signedStatusPayloads(count: number, wabaId: string, phoneNumberId: string, secret: string): SignedPayload[] {
  const run = randomBytes(4).toString('hex');
  const out: SignedPayload[] = [];
  const now = Math.floor(Date.now() / 1000);
  for (let i = 0; i < count; i++) {
    const wamid = `wamid.HBgLMTY1MDU1NTAxMjMVAgARGBI${run}${i.toString(36).padStart(8, '0')}AA==`;
    const body = JSON.stringify({
      object: 'whatsapp_business_account',
      entry: [
        {
          id: wabaId,
          changes: [
            {
              field: 'messages',
              value: {
                messaging_product: 'whatsapp',
                metadata: { display_phone_number: '15550100001', phone_number_id: phoneNumberId },
                statuses: [
                  {
                    id: wamid,
                    status: 'delivered',
                    timestamp: String(now),
                    recipient_id: '16505550123',
                    conversation: { id: 'a2e653d5609c7b024ae53c8fc81bf016', origin: { type: 'marketing' } },
                    pricing: { billable: true, pricing_model: 'PMP', type: 'regular', category: 'marketing' },
                  },
                ],
              },
            },
          ],
        },
      ],
    });
    out.push({ wamid, body, signature: 'sha256=' + createHmac('sha256', secret).update(body).digest('hex') });
  }
  return out;
}
