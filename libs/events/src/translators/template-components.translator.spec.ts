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
import { TEMPLATE_COMPONENTS_TRANSLATOR } from './template-components.translator';

describe('message_template_components_update → template.components_updated', () => {
  it('translates an edited template with url and phone buttons', () => {
    const { value, ctx } = fixture('template-components-update.json');
    const [event] = TEMPLATE_COMPONENTS_TRANSLATOR.translate(value, ctx);
    expect(event.type).toBe('template.components_updated');
    expect(event.occurredAt).toEqual(new Date(1778491700 * 1000));
    expect(event.data).toEqual({
      template_id: '1437190053021874',
      template_name: 'order_shipped',
      language: 'en_US',
      body: 'Hi {{1}}, your order {{2}} has shipped.',
      header: 'Order update',
      footer: 'Example Shoes',
      buttons: [
        { type: 'URL', text: 'Track order', url: 'https://example.com/track/{{1}}' },
        { type: 'PHONE_NUMBER', text: 'Call us', phone_number: '+15550100001' },
      ],
    });
  });

  it('omits header, footer and buttons the template does not have', () => {
    const [event] = TEMPLATE_COMPONENTS_TRANSLATOR.translate(
      { message_template_id: 1, message_template_name: 'n', message_template_language: 'en', message_template_element: 'Body' },
      { wabaId: 'w', receivedAt: RECEIVED },
    );
    expect(event.data).toEqual({ template_id: '1', template_name: 'n', language: 'en', body: 'Body' });
    expect(event.occurredAt).toEqual(RECEIVED);
  });
});
