import { EventRoute } from './translator.types';
import { asRecord, compact, copyRecord, recordsOf, singleChangeTranslator, str, unixToIso, unixToIsoOrText } from './translator-helpers';

export const ACCOUNT_UPDATE_FIELD = 'account_update';

type Reader = (raw: unknown) => unknown;

/** Strings of an array (ids, reasons); undefined when Meta sent none. */
function strings(raw: unknown): string[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  const out = raw.map((item) => str(item)).filter((item): item is string => item !== undefined);
  return out.length > 0 ? out : undefined;
}

/** An object read field by field, or undefined when Meta did not send an object. */
function object(read: (record: Record<string, unknown>) => Record<string, unknown>): Reader {
  return (raw) => {
    const record = asRecord(raw);
    return record ? compact(read(record)) : undefined;
  };
}

/**
 * The documented sub-objects of account_update events (META-FIELDS 3.8), each read into its typed
 * shape: ids as strings, Unix times as ISO-8601, human dates kept as Meta's text.
 */
const KNOWN: Record<string, Reader> = {
  violation_info: object((v) => ({ violation_type: str(v.violation_type) })),
  restriction_info: (raw) => {
    const items = recordsOf(raw).map((r) =>
      compact({
        restriction_type: str(r.restriction_type),
        expiration: unixToIsoOrText(r.expiration),
        remediation: str(r.remediation),
      }),
    );
    return items.length > 0 ? items : undefined;
  },
  ban_info: object((v) => ({
    // The reference sends one state; the Managing Webhooks page prints an array: keep whichever came.
    waba_ban_state: strings(v.waba_ban_state) ?? str(v.waba_ban_state),
    waba_ban_date: unixToIsoOrText(v.waba_ban_date),
  })),
  waba_info: object((v) => ({
    waba_id: str(v.waba_id),
    owner_business_id: str(v.owner_business_id),
    partner_app_id: str(v.partner_app_id),
    solution_id: str(v.solution_id),
    solution_partner_business_ids: strings(v.solution_partner_business_ids),
    ad_account_linked: str(v.ad_account_linked),
  })),
  disconnection_info: object((v) => ({ reason: str(v.reason), initiated_by: str(v.initiated_by) })),
  auth_international_rate_eligibility: object((v) => {
    const countries = recordsOf(v.exception_countries).map((c) => compact({ country_code: str(c.country_code), start_time: unixToIso(c.start_time) }));
    return { start_time: unixToIso(v.start_time), exception_countries: countries.length > 0 ? countries : undefined };
  }),
  country: (raw) => str(raw),
  partner_client_certification_info: object((v) => ({
    client_business_id: str(v.client_business_id),
    status: str(v.status),
    rejection_reasons: strings(v.rejection_reasons),
  })),
  volume_tier_info: object((v) => ({
    tier_update_time: unixToIso(v.tier_update_time),
    pricing_category: str(v.pricing_category),
    tier: str(v.tier),
    effective_month: str(v.effective_month),
    region: str(v.region),
  })),
};

/**
 * account_update → account.updated. Every documented sub-object is typed; one Meta adds later is
 * carried as sent under its own name, so a new event still reaches customers. Partner events
 * (PARTNER_*, AD_ACCOUNT_LINKED, MM_LITE_TERMS_SIGNED…) arrive under a business portfolio id: they are
 * routed to the WABA in `waba_info.waba_id`. VERIFIED_ACCOUNT names the number it concerns.
 */
export const ACCOUNT_UPDATE_TRANSLATOR = singleChangeTranslator(
  ACCOUNT_UPDATE_FIELD,
  'account.updated',
  (value) => {
    const data: Record<string, unknown> = { event: str(value.event), phone_number: str(value.phone_number) };
    for (const [key, sub] of Object.entries(value)) {
      if (key === 'event' || key === 'phone_number' || sub === undefined) continue;
      const read = KNOWN[key];
      if (read) data[key] = read(sub);
      else if (Array.isArray(sub)) data[key] = sub.map((item) => copyRecord(item) ?? item);
      else data[key] = copyRecord(sub) ?? sub;
    }
    return data;
  },
  {
    locate: (value, ctx) => {
      const wabaId = str(asRecord(value.waba_info)?.waba_id);
      const route: EventRoute | undefined = wabaId !== undefined && wabaId !== ctx.wabaId ? { wabaId } : undefined;
      return { route, displayPhoneNumber: str(value.phone_number) };
    },
  },
);
