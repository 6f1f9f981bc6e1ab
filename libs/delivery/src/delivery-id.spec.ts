import { createHash } from 'node:crypto';
import { deliveryIdFor } from './delivery-id';

describe('deliveryIdFor', () => {
  it('is dlv_ + the first 27 base64url characters of sha256("<event id>\\n<endpoint id>")', () => {
    const expected = 'dlv_' + createHash('sha256').update('evt_1\nep-1').digest('base64url').slice(0, 27);
    expect(deliveryIdFor('evt_1', 'ep-1')).toBe(expected);
  });

  it('differs per endpoint and per event, and is stable', () => {
    expect(deliveryIdFor('evt_1', 'ep-1')).not.toBe(deliveryIdFor('evt_1', 'ep-2'));
    expect(deliveryIdFor('evt_1', 'ep-1')).not.toBe(deliveryIdFor('evt_2', 'ep-1'));
    expect(deliveryIdFor('evt_ü', 'ep')).toBe(deliveryIdFor('evt_ü', 'ep'));
    expect(deliveryIdFor('evt_ü', 'ep')).toBe('dlv_' + createHash('sha256').update('evt_ü\nep').digest('base64url').slice(0, 27));
  });
});
