import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MetaWebhookBody } from '../meta/meta-webhook.types';
import { TranslationContext } from './translator.types';
import { ACCOUNT_UPDATE_TRANSLATOR } from './account-update.translator';
import { metaEventIdFor } from '../envelope';

const FIXTURES = join(__dirname, '../../../../test/fixtures/meta');
const RECEIVED = new Date('2026-05-11T12:00:00Z');
function fixture(name: string): { value: unknown; ctx: TranslationContext } {
  const body = JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as MetaWebhookBody;
  const entry = body.entry![0];
  return { value: entry.changes![0].value, ctx: { wabaId: entry.id, entryTime: entry.time, receivedAt: RECEIVED } };
}

const WABA = '103850127645201';
const PORTFOLIO = '948201736455102';
const wabaCtx: TranslationContext = { wabaId: WABA, entryTime: 1778493400, receivedAt: RECEIVED };
/** Partner events arrive under the partner's business portfolio id (META-FIELDS 2, 3.8). */
const portfolioCtx: TranslationContext = { wabaId: PORTFOLIO, entryTime: 1778493400, receivedAt: RECEIVED };
const translate = (value: unknown, ctx = wabaCtx) => ACCOUNT_UPDATE_TRANSLATOR.translate(value, ctx);

describe('account_update → account.updated', () => {
  it('translates a violation, for the WABA of entry.id', () => {
    const { value, ctx } = fixture('account-update-violation.json');
    const [event] = ACCOUNT_UPDATE_TRANSLATOR.translate(value, ctx);
    expect(event.type).toBe('account.updated');
    expect(event.occurredAt).toEqual(new Date(1778493400 * 1000));
    expect(event.route).toBeUndefined();
    expect(event.phoneNumberId).toBeNull();
    expect(event.data).toEqual({ event: 'ACCOUNT_VIOLATION', violation_info: { violation_type: 'SCAM' } });
  });

  it('translates every restriction, expiration as ISO-8601', () => {
    const { value, ctx } = fixture('account-update-restriction.json');
    const [event] = ACCOUNT_UPDATE_TRANSLATOR.translate(value, ctx);
    expect(event.data).toEqual({
      event: 'ACCOUNT_RESTRICTION',
      restriction_info: [
        {
          restriction_type: 'RESTRICTED_BIZ_INITIATED_MESSAGING',
          expiration: '2026-05-18T09:58:20Z',
          remediation: 'Review your messaging practices and ensure compliance with WhatsApp policies.',
        },
        { restriction_type: 'RESTRICTED_ADD_PHONE_NUMBER_ACTION', expiration: '2026-05-18T09:58:20Z' },
      ],
    });
  });

  it('keeps ban dates as the text Meta sends, the state as one string or the array Meta sent', () => {
    expect(translate({ event: 'DISABLED_UPDATE', ban_info: { waba_ban_state: 'SCHEDULE_FOR_DISABLE', waba_ban_date: 'April 17, 2025' } })[0].data).toEqual({
      event: 'DISABLED_UPDATE',
      ban_info: { waba_ban_state: 'SCHEDULE_FOR_DISABLE', waba_ban_date: 'April 17, 2025' },
    });
    expect(translate({ event: 'DISABLED_UPDATE', ban_info: { waba_ban_state: ['DISABLE'], waba_ban_date: 1779098300 } })[0].data).toEqual({
      event: 'DISABLED_UPDATE',
      ban_info: { waba_ban_state: ['DISABLE'], waba_ban_date: '2026-05-18T09:58:20Z' },
    });
  });

  it('routes PARTNER_ADDED under a portfolio entry id to the WABA it concerns', () => {
    const [event] = translate(
      {
        event: 'PARTNER_ADDED',
        waba_info: {
          waba_id: WABA,
          owner_business_id: PORTFOLIO,
          partner_app_id: 1572019843321047,
          solution_id: '1220406039151413',
          solution_partner_business_ids: ['551098234761190', 661098234761191],
        },
      },
      portfolioCtx,
    );
    expect(event.route).toEqual({ wabaId: WABA });
    expect(event.data).toEqual({
      event: 'PARTNER_ADDED',
      waba_info: {
        waba_id: WABA,
        owner_business_id: PORTFOLIO,
        partner_app_id: '1572019843321047',
        solution_id: '1220406039151413',
        solution_partner_business_ids: ['551098234761190', '661098234761191'],
      },
    });
  });

  it('routes PARTNER_REMOVED of a coexistence number, with why and by whom', () => {
    const [event] = translate(
      {
        event: 'PARTNER_REMOVED',
        waba_info: { waba_id: WABA, owner_business_id: PORTFOLIO },
        disconnection_info: { reason: 'COMPANION_INACTIVITY', initiated_by: 'SYSTEM' },
      },
      portfolioCtx,
    );
    expect(event.route).toEqual({ wabaId: WABA });
    expect(event.data).toEqual({
      event: 'PARTNER_REMOVED',
      waba_info: { waba_id: WABA, owner_business_id: PORTFOLIO },
      disconnection_info: { reason: 'COMPANION_INACTIVITY', initiated_by: 'SYSTEM' },
    });
  });

  it.each(['PARTNER_APP_INSTALLED', 'PARTNER_APP_UNINSTALLED', 'MM_LITE_TERMS_SIGNED', 'AD_ACCOUNT_LINKED'])('routes %s to waba_info.waba_id', (name) => {
    const [event] = translate({ event: name, waba_info: { waba_id: WABA, owner_business_id: PORTFOLIO, ad_account_linked: '1948203375122017' } }, portfolioCtx);
    expect(event.route).toEqual({ wabaId: WABA });
    expect((event.data.waba_info as Record<string, unknown>).ad_account_linked).toBe('1948203375122017');
  });

  it('needs no route when waba_info names the WABA of entry.id', () => {
    const [event] = translate({ event: 'PARTNER_ADDED', waba_info: { waba_id: WABA, owner_business_id: PORTFOLIO } });
    expect(event.route).toBeUndefined();
  });

  it('ids a partner change by where it came from: a resend keeps its id, another entry id gets another', () => {
    const value = { event: 'PARTNER_ADDED', waba_info: { waba_id: WABA, owner_business_id: PORTFOLIO } };
    const id = (ctx: TranslationContext, v: unknown = value) => metaEventIdFor('ws', ctx.wabaId, 'account_update', translate(v, ctx)[0]);
    expect(id(portfolioCtx)).toBe(id({ ...portfolioCtx, receivedAt: new Date() }, JSON.parse(JSON.stringify(value))));
    expect(id(portfolioCtx)).not.toBe(id(wabaCtx));
    expect(id(portfolioCtx)).not.toBe(id(portfolioCtx, { ...value, event: 'PARTNER_REMOVED' }));
  });

  it('types the remaining documented events: times as ISO-8601, ids as strings', () => {
    expect(
      translate({
        event: 'AUTH_INTL_PRICE_ELIGIBILITY_UPDATE',
        auth_international_rate_eligibility: { start_time: 1780272000, exception_countries: [{ country_code: 'ID', start_time: 1782864000 }] },
      })[0].data,
    ).toEqual({
      event: 'AUTH_INTL_PRICE_ELIGIBILITY_UPDATE',
      auth_international_rate_eligibility: {
        start_time: '2026-06-01T00:00:00Z',
        exception_countries: [{ country_code: 'ID', start_time: '2026-07-01T00:00:00Z' }],
      },
    });
    expect(translate({ event: 'BUSINESS_PRIMARY_LOCATION_COUNTRY_UPDATE', country: 'BR' })[0].data).toEqual({
      event: 'BUSINESS_PRIMARY_LOCATION_COUNTRY_UPDATE',
      country: 'BR',
    });
    expect(
      translate({
        event: 'PARTNER_CLIENT_CERTIFICATION_STATUS_UPDATE',
        partner_client_certification_info: { client_business_id: 551098234761190, status: 'FAILED', rejection_reasons: ['LEGAL_NAME_NOT_MATCHING'] },
      })[0].data,
    ).toEqual({
      event: 'PARTNER_CLIENT_CERTIFICATION_STATUS_UPDATE',
      partner_client_certification_info: { client_business_id: '551098234761190', status: 'FAILED', rejection_reasons: ['LEGAL_NAME_NOT_MATCHING'] },
    });
    expect(
      translate({
        event: 'VOLUME_BASED_PRICING_TIER_UPDATE',
        volume_tier_info: { tier_update_time: 1777593600, pricing_category: 'UTILITY', tier: '100001:500000', effective_month: '2026-05', region: 'India' },
      })[0].data,
    ).toEqual({
      event: 'VOLUME_BASED_PRICING_TIER_UPDATE',
      volume_tier_info: {
        tier_update_time: '2026-05-01T00:00:00Z',
        pricing_category: 'UTILITY',
        tier: '100001:500000',
        effective_month: '2026-05',
        region: 'India',
      },
    });
    expect(translate({ event: 'ACCOUNT_DELETED' })[0].data).toEqual({ event: 'ACCOUNT_DELETED' });
  });

  it('VERIFIED_ACCOUNT names the number it concerns', () => {
    const [event] = translate({ event: 'VERIFIED_ACCOUNT', phone_number: '15550100001' });
    expect(event.displayPhoneNumber).toBe('15550100001');
    expect(event.data).toEqual({ event: 'VERIFIED_ACCOUNT', phone_number: '15550100001' });
  });

  it('keeps an undocumented event readable, its objects carried as sent', () => {
    const [event] = translate({ event: 'SOMETHING_NEW', new_info: { a: 1, nested: { b: [1, 2] } }, list: [{ x: 1 }, 2], flag: true });
    expect(event.data).toEqual({ event: 'SOMETHING_NEW', new_info: { a: 1, nested: { b: [1, 2] } }, list: [{ x: 1 }, 2], flag: true });
  });
});
