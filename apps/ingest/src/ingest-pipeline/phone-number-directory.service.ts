import { Injectable, Logger } from '@nestjs/common';
import { PhoneNumberMapping, PhoneNumberRepository } from '@app/persistence';

/** How long a looked-up or learned mapping (or its absence) is trusted before asking the database again. */
const FOUND_TTL_MS = 60_000;
const MISSING_TTL_MS = 5_000;
/** Bound on cached entries; past it the cache starts over (the database keeps everything). */
const MAX_CACHED = 100_000;

/** A display number as digits only ("+1 (555) 010-0100" → "15550100100"); undefined when it has none. */
export function normaliseDisplayNumber(display: string | undefined | null): string | undefined {
  if (typeof display !== 'string') return undefined;
  const digits = display.replace(/\D+/g, '');
  return digits.length > 0 ? digits : undefined;
}

const displayKey = (wabaId: string, digits: string) => `${wabaId}\n${digits}`;

/**
 * The phone-number directory: learns phone_number_id ↔ display number from messages-style events
 * (which carry both) and resolves the id of events that name only the display number
 * (phone_number_*, security, account_alerts). Mappings are cached, so the hot path writes only
 * when a number is new or changed, and looks up only numbers it has not seen lately.
 */
@Injectable()
export class PhoneNumberDirectory {
  private readonly logger = new Logger('PhoneNumberDirectory');
  /** phone_number_id → display key last written, to skip writing what is already stored. */
  private readonly written = new Map<string, { key: string; until: number }>();
  /** display key → phone_number_id (null: not in the directory). */
  private readonly ids = new Map<string, { id: string | null; until: number }>();

  constructor(private readonly numbers: PhoneNumberRepository) {}

  /**
   * Takes note of the mappings at once (the same commit can resolve with them) and stores the new or
   * changed ones. The returned promise never rejects: a failed write is retried on a later event.
   */
  learn(mappings: PhoneNumberMapping[]): Promise<void> {
    const now = Date.now();
    const changed = new Map<string, PhoneNumberMapping>();
    for (const m of mappings) {
      const key = displayKey(m.wabaId, m.displayPhoneNumber);
      const seen = this.written.get(m.phoneNumberId);
      if (seen && seen.key === key && seen.until > now) continue;
      changed.set(m.phoneNumberId, m);
    }
    if (changed.size === 0) return Promise.resolve();
    this.trim();
    for (const m of changed.values()) {
      this.written.set(m.phoneNumberId, { key: displayKey(m.wabaId, m.displayPhoneNumber), until: now + FOUND_TTL_MS });
      this.ids.set(displayKey(m.wabaId, m.displayPhoneNumber), { id: m.phoneNumberId, until: now + FOUND_TTL_MS });
    }
    return this.numbers.upsertMany([...changed.values()]).catch((err) => {
      for (const id of changed.keys()) this.written.delete(id);
      this.logger.warn(`could not store ${changed.size} phone number mappings, will retry: ${(err as Error).message}`);
    });
  }

  /** phone_number_id by display key (`wabaId`, digits) for the pairs the directory knows. */
  async resolve(pairs: { wabaId: string; displayPhoneNumber: string }[]): Promise<(wabaId: string, digits: string) => string | undefined> {
    const now = Date.now();
    const missing = new Map<string, { wabaId: string; displayPhoneNumber: string }>();
    for (const p of pairs) {
      const key = displayKey(p.wabaId, p.displayPhoneNumber);
      const hit = this.ids.get(key);
      if (!hit || hit.until <= now) missing.set(key, p);
    }
    if (missing.size > 0) {
      const wabaIds = [...new Set([...missing.values()].map((p) => p.wabaId))];
      const displays = [...new Set([...missing.values()].map((p) => p.displayPhoneNumber))];
      const found = await this.numbers.findByDisplay(wabaIds, displays);
      this.trim();
      for (const key of missing.keys()) this.ids.set(key, { id: null, until: now + MISSING_TTL_MS });
      // Newest first: when two ids share a display number, the most recently seen wins.
      for (const m of [...found].reverse()) this.ids.set(displayKey(m.wabaId, m.displayPhoneNumber), { id: m.phoneNumberId, until: now + FOUND_TTL_MS });
    }
    return (wabaId, digits) => this.ids.get(displayKey(wabaId, digits))?.id ?? undefined;
  }

  private trim(): void {
    if (this.ids.size > MAX_CACHED) this.ids.clear();
    if (this.written.size > MAX_CACHED) this.written.clear();
  }
}
