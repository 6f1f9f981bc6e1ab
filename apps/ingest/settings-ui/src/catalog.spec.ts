import { extraPatterns, groupByCategory, parseCatalog, patternCovers } from './catalog';
import { formatRate, healthSummary, statusOf } from './format';

const catalog = parseCatalog({
  data: [
    { name: 'account.updated', category: 'account', description: 'Account changed' },
    { name: 'template.status_updated', category: 'templates', description: 'Template reviewed' },
    { name: 'message.received', category: 'messages', description: 'Inbound message' },
    { name: 'webhook.disabled', category: 'operational', description: 'Endpoint disabled' },
    { name: 'future.thing', category: 'brand_new', description: 'Later' },
  ],
});

describe('settings page: catalog grouping', () => {
  it('groups by category in the page order, new categories last and humanised', () => {
    expect(groupByCategory(catalog).map((g) => [g.label, g.types.map((t) => t.type)])).toEqual([
      ['Messages', ['message.received']],
      ['Templates', ['template.status_updated']],
      ['Account', ['account.updated']],
      ['Operational', ['webhook.disabled']],
      ['Brand new', ['future.thing']],
    ]);
  });

  it('keeps wildcard patterns that are not catalog types', () => {
    expect(extraPatterns(['template.*', 'account.updated', '*'], catalog)).toEqual(['template.*']);
    expect(patternCovers('template.*', 'template.status_updated')).toBe(true);
    expect(patternCovers('template.*', 'account.updated')).toBe(false);
    expect(patternCovers('*', 'account.updated')).toBe(true);
  });
});

describe('settings page: status and health', () => {
  it('shows disabled with its reason', () => {
    expect(statusOf({ id: '1', url: 'u', events: [], enabled: true, status: 'enabled' })).toEqual({ label: 'Enabled', kind: 'ok', reason: null });
    expect(statusOf({ id: '1', url: 'u', events: [], enabled: false, status: 'disabled', disabled_reason: 'too_many_failures' })).toEqual({
      label: 'Disabled',
      kind: 'bad',
      reason: 'too many failures',
    });
    expect(statusOf({ id: '1', url: 'u', events: [], enabled: false, status: 'disabled', disabled_reason: 'Disabled through the API' }).kind).toBe('off');
  });

  it('formats success rates given as a fraction or a percentage', () => {
    expect(formatRate(0.992)).toBe('99.2%');
    expect(formatRate(100)).toBe('100%');
    expect(formatRate(null)).toBeNull();
    const now = Date.parse('2026-05-12T16:10:00Z');
    expect(healthSummary({ success_rate_24h: 1, attempts_24h: 12, last_delivery_at: '2026-05-12T16:07:00Z' }, now)).toBe(
      '100% of 12 attempts succeeded (24 h) · last delivery 3 min ago',
    );
    expect(healthSummary(undefined)).toBeNull();
  });
});
