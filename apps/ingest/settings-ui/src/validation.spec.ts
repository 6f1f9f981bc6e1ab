import { fieldOf, parsePhoneNumberIds, validateWebhookForm, WebhookFormValues } from './validation';

const valid: WebhookFormValues = { url: 'https://crm.example.com/hooks', description: '', events: ['account.updated'], phoneNumberIds: '' };
const fields = (v: Partial<WebhookFormValues>) => validateWebhookForm({ ...valid, ...v }).map((e) => e.field);

describe('settings page: webhook form validation (mirrors the API)', () => {
  it('accepts an https URL with one event', () => {
    expect(validateWebhookForm(valid)).toEqual([]);
  });

  it('requires an absolute https URL of at most 2048 characters', () => {
    expect(fields({ url: '' })).toEqual(['url']);
    expect(fields({ url: 'crm.example.com/hooks' })).toEqual(['url']);
    expect(fields({ url: 'ftp://crm.example.com/hooks' })).toEqual(['url']);
    expect(fields({ url: 'http://crm.example.com/hooks' })).toEqual(['url']);
    expect(fields({ url: `https://crm.example.com/${'a'.repeat(2048)}` })).toEqual(['url']);
    expect(fields({ url: 'https://user:pw@crm.example.com/hooks' })).toEqual(['url']);
  });

  it('leaves plain http to local targets to the server (ALLOW_PRIVATE_TARGETS)', () => {
    expect(fields({ url: 'http://127.0.0.1:4000/hook' })).toEqual([]);
    expect(fields({ url: 'http://localhost:4000/hook' })).toEqual([]);
  });

  it('requires at least one event and a short description', () => {
    expect(fields({ events: [] })).toEqual(['events']);
    expect(fields({ description: 'x'.repeat(501) })).toEqual(['description']);
  });

  it('checks phone number ids are digits', () => {
    expect(parsePhoneNumberIds(' 117263540981001, 117263540981002 ')).toEqual(['117263540981001', '117263540981002']);
    expect(fields({ phoneNumberIds: '1172, abc' })).toEqual(['filter.phone_number_ids']);
  });

  it('maps server detail fields to form fields', () => {
    expect(fieldOf('url')).toBe('url');
    expect(fieldOf('events[1]')).toBe('events');
    expect(fieldOf('events.0')).toBe('events');
    expect(fieldOf('filter.phone_number_ids.0')).toBe('filter.phone_number_ids');
  });
});
