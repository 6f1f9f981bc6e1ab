import { entryOwner, Owners, routeEvent } from './event-routing';

const owners: Owners = {
  wabas: new Map([['waba-1', 'ws-a']]),
  businesses: new Map([['biz-1', 'ws-b']]),
};

describe('routeEvent', () => {
  it('without a route: the owner of entry.id as a WABA, with it as waba_id', () => {
    expect(routeEvent('waba-1', undefined, owners)).toEqual({ workspaceId: 'ws-a', wabaId: 'waba-1' });
  });

  it('without a route and entry.id a linked portfolio: that workspace, no waba_id', () => {
    expect(routeEvent('biz-1', undefined, owners)).toEqual({ workspaceId: 'ws-b', wabaId: null });
  });

  it('without a route and an unknown entry: unknown_waba', () => {
    expect(routeEvent('nobody', undefined, owners)).toEqual({ unhandled: 'unknown_waba' });
  });

  it('{wabaId}: the owner of that WABA whatever entry.id is, with it as waba_id', () => {
    expect(routeEvent('biz-unlinked', { wabaId: 'waba-1' }, owners)).toEqual({ workspaceId: 'ws-a', wabaId: 'waba-1' });
    expect(routeEvent('waba-1', { wabaId: 'waba-2' }, owners)).toEqual({ unhandled: 'unknown_waba' });
  });

  it('{businessId}: the owner of that portfolio, no waba_id; unlinked → unknown_business', () => {
    expect(routeEvent('biz-1', { businessId: 'biz-1' }, owners)).toEqual({ workspaceId: 'ws-b', wabaId: null });
    expect(routeEvent('waba-1', { businessId: 'biz-2' }, owners)).toEqual({ unhandled: 'unknown_business' });
  });
});

describe('entryOwner', () => {
  it('prefers the WABA link, then the portfolio link', () => {
    expect(entryOwner('waba-1', owners)).toEqual({ workspaceId: 'ws-a', wabaId: 'waba-1' });
    expect(entryOwner('biz-1', owners)).toEqual({ workspaceId: 'ws-b', wabaId: null });
    expect(entryOwner('other', owners)).toBeUndefined();
  });
});
