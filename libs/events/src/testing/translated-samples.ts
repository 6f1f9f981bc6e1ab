import { EventTypeName } from '../catalog/event-type-name';
import { translateMetaBody } from '../translators/translator-registry';
import { META_SAMPLE_TYPES, META_SAMPLE_VARIANTS, metaSampleBody } from './meta-samples';

const RECEIVED = new Date('2026-05-11T12:00:00Z');
const OPTS = { wabaId: '103850127645201', phoneNumberId: '117263540981001', displayPhoneNumber: '15550100001' };

/** The `data` of every Meta sample (default and named variants) as the translators produce it, per type. */
export function translatedSampleData(): Record<string, Record<string, unknown>[]> {
  const out: Record<string, Record<string, unknown>[]> = {};
  for (const type of META_SAMPLE_TYPES) {
    const variants: (string | undefined)[] = [undefined, ...(META_SAMPLE_VARIANTS[type] ?? [])];
    out[type] = variants.flatMap((variant) =>
      translateMetaBody(metaSampleBody(type as EventTypeName, { ...OPTS, variant }), RECEIVED).flatMap((r) => r.events.map((e) => e.data)),
    );
  }
  return out;
}
