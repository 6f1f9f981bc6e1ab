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
import { TEMPLATE_CATEGORY_TRANSLATOR } from './template-category.translator';

describe('template_category_update → template.category_updated', () => {
  it('translates a completed category change', () => {
    const { value, ctx } = fixture('template-category-update.json');
    const [event] = TEMPLATE_CATEGORY_TRANSLATOR.translate(value, ctx);
    expect(event.type).toBe('template.category_updated');
    expect(event.data).toEqual({
      template_id: '1437190053021887',
      template_name: 'loyalty_points_update',
      language: 'en_US',
      previous_category: 'UTILITY',
      new_category: 'MARKETING',
    });
  });

  it('translates an impending category change', () => {
    const { value, ctx } = fixture('template-category-update-impending.json');
    const [event] = TEMPLATE_CATEGORY_TRANSLATOR.translate(value, ctx);
    expect(event.data).toEqual({
      template_id: '1437190053021890',
      template_name: 'welcome_template',
      language: 'en_US',
      new_category: 'UTILITY',
      correct_category: 'MARKETING',
      category_update_timestamp: '2026-05-13T09:33:20Z',
      impending: true,
    });
  });
});
