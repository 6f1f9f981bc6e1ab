import { DomainException } from '@app/common';
import { parseCustomHeaders, viewCustomHeaders } from './custom-headers';

function fieldError(fn: () => unknown): { field: string; reason: string } {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(DomainException);
    return (err as DomainException).details[0];
  }
  throw new Error('expected a validation error');
}

describe('custom headers', () => {
  it('reads plain strings as not sensitive and { value, sensitive } objects', () => {
    expect(parseCustomHeaders({ 'X-Team': 'crm', Authorization: { value: 'Bearer t', sensitive: true }, 'X-Env': { value: 'prod' } })).toEqual({
      values: { 'X-Team': 'crm', Authorization: 'Bearer t', 'X-Env': 'prod' },
      sensitive: ['Authorization'],
    });
  });

  it('shows sensitive values as null and others as they are', () => {
    expect(viewCustomHeaders({ values: { 'X-Team': 'crm', Authorization: 'Bearer t' }, sensitive: ['authorization'] })).toEqual({
      'X-Team': { value: 'crm', sensitive: false },
      Authorization: { value: null, sensitive: true },
    });
  });

  it('keeps a stored sensitive value when the header comes back as GET shows it', () => {
    const stored = { values: { Authorization: 'Bearer t', 'X-Team': 'crm' }, sensitive: ['Authorization'] };
    const echoed = viewCustomHeaders(stored);
    expect(parseCustomHeaders(echoed, stored)).toEqual(stored);
    expect(parseCustomHeaders({ authorization: { sensitive: true } }, stored)).toEqual({ values: { authorization: 'Bearer t' }, sensitive: ['authorization'] });
  });

  it('refuses a missing value unless it keeps a stored sensitive one, and bad entries', () => {
    const stored = { values: { 'X-Team': 'crm' }, sensitive: [] };
    expect(fieldError(() => parseCustomHeaders({ 'X-Team': { value: null, sensitive: false } }, stored)).reason).toContain('header value is required');
    expect(fieldError(() => parseCustomHeaders({ 'X-Team': { sensitive: true } }, stored)).field).toBe('headers.X-Team');
    expect(fieldError(() => parseCustomHeaders({ Authorization: { sensitive: true } })).reason).toContain('header value is required');
    expect(fieldError(() => parseCustomHeaders({ A: { value: 'x', sensitive: 'yes' } })).reason).toBe('sensitive must be true or false');
    expect(fieldError(() => parseCustomHeaders({ A: { value: 'x', secret: true } })).reason).toContain('unknown property secret');
    expect(fieldError(() => parseCustomHeaders({ A: { value: 3 } })).reason).toBe('header value must be a string');
    expect(fieldError(() => parseCustomHeaders({ 'Webhook-Signature': { value: 'v1,x', sensitive: true } })).reason).toContain('cannot be overridden');
    expect(fieldError(() => parseCustomHeaders('x')).field).toBe('headers');
  });
});
