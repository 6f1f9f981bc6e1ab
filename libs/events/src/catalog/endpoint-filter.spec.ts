import { matchesEndpointFilter } from './endpoint-filter';

describe('matchesEndpointFilter', () => {
  it('lets everything through without a filter or with an empty list', () => {
    expect(matchesEndpointFilter(undefined, { phone_number_id: '1' })).toBe(true);
    expect(matchesEndpointFilter(null, { phone_number_id: null })).toBe(true);
    expect(matchesEndpointFilter({}, { phone_number_id: null })).toBe(true);
    expect(matchesEndpointFilter({ phone_number_ids: [] }, { phone_number_id: '1' })).toBe(true);
  });

  it('passes events about a listed number and refuses other numbers', () => {
    const filter = { phone_number_ids: ['117263540981001', '117263540981002'] };
    expect(matchesEndpointFilter(filter, { phone_number_id: '117263540981002' })).toBe(true);
    expect(matchesEndpointFilter(filter, { phone_number_id: '999' })).toBe(false);
  });

  it('refuses events tied to no number when a number filter is set', () => {
    expect(matchesEndpointFilter({ phone_number_ids: ['1'] }, { phone_number_id: null })).toBe(false);
    expect(matchesEndpointFilter({ phone_number_ids: ['1'] }, {})).toBe(false);
  });

  it('always passes test events', () => {
    expect(matchesEndpointFilter({ phone_number_ids: ['1'] }, { phone_number_id: null, test: true })).toBe(true);
  });

  it('always passes operational events, which concern the workspace rather than a number', () => {
    expect(matchesEndpointFilter({ phone_number_ids: ['1'] }, { type: 'webhook.endpoint_disabled', phone_number_id: null })).toBe(true);
    expect(matchesEndpointFilter({ phone_number_ids: ['1'] }, { type: 'template.status_updated', phone_number_id: null })).toBe(false);
  });
});
