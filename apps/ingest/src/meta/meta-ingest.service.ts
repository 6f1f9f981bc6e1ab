import { createHash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { stableStringify, findTranslator, MetaWebhookBody, TranslatedEvent, UnreadableChangeError, UnreadableItem, unmappedChangeEvent } from '@app/events';
import { IngestBatcher, IngestResult, PendingChange } from '../ingest-pipeline/ingest-batcher.service';
import { depthExceeds, MAX_VALUE_DEPTH } from '../ingest-pipeline/json-limits';

export const WABA_OBJECT = 'whatsapp_business_account';

/**
 * Content key of a change or item: sha256 of its scope, the entry time and the canonical value. The
 * same text as `contentKey` (so keys stored before stay valid), built without recursion.
 */
export function changeKey(scope: string, entryTime: number | undefined, value: unknown): string {
  return `sha256:${createHash('sha256')
    .update(`${scope}\n${entryTime ?? ''}\n${stableStringify(value)}`)
    .digest('hex')}`;
}

/** A change field as text; anything but a string or number (even a nested array) counts as missing. */
function fieldName(field: unknown): string {
  return typeof field === 'string' ? field : typeof field === 'number' && Number.isFinite(field) ? String(field) : '';
}

const tooDeepMessage = `value is nested deeper than ${MAX_VALUE_DEPTH} levels; kept as JSON text`;

/**
 * Turns one verified Meta POST into pending changes (translated events, or unhandled changes with their
 * reason) and hands them to the group commit. Resolves once they are committed; a change that cannot
 * be translated never blocks the others of the same POST, and an item that cannot be read never blocks
 * its siblings. Whatever is not translated is also carried as a `meta.unmapped_change` event.
 */
@Injectable()
export class MetaIngestService {
  private readonly logger = new Logger('MetaIngest');

  constructor(private readonly batcher: IngestBatcher) {}

  ingest(body: MetaWebhookBody, receivedAt = new Date()): Promise<IngestResult> {
    return this.batcher.submit({ changes: this.translate(body, receivedAt) });
  }

  translate(body: MetaWebhookBody, receivedAt: Date): PendingChange[] {
    if (body.object !== WABA_OBJECT) {
      // Another product's webhook: kept whole, as text when too deep to store as JSON.
      const deep = depthExceeds(body);
      const value = deep ? stableStringify(body) : body;
      return [
        {
          object: body.object,
          entryId: null,
          field: null,
          value,
          key: () => changeKey(`object:${body.object}`, undefined, body),
          events: [],
          unreadable: [],
          unmapped: [],
          unhandled: { reason: 'unknown_object', error: deep ? tooDeepMessage : null },
        },
      ];
    }
    const changes: PendingChange[] = [];
    for (const entry of body.entry ?? []) {
      const entryId = String(entry.id);
      const entryTime = typeof entry.time === 'number' ? entry.time : undefined;
      for (const change of entry.changes ?? []) changes.push(this.translateChange(entryId, entryTime, change, body.object, receivedAt));
    }
    return changes;
  }

  private translateChange(
    entryId: string,
    entryTime: number | undefined,
    change: { field?: unknown; value?: unknown } | undefined,
    object: string,
    receivedAt: Date,
  ): PendingChange {
    const field = fieldName(change?.field);
    const original = change?.value;
    const key = () => changeKey(`${entryId}:${field}`, entryTime, original);
    const ctx = { wabaId: entryId, entryTime, receivedAt };
    const base = { object, entryId, field, entryTime, key, events: [] as TranslatedEvent[], unreadable: [] as PendingChange['unreadable'] };
    const unmapped = (reason: 'no_translator' | 'unreadable', value: unknown, message?: string, path?: string) =>
      unmappedChangeEvent({ field, reason, path, message, entryId, value }, ctx);

    // Checked before anything walks the value recursively (translators, JSON.stringify, hashing).
    if (depthExceeds(original)) {
      const text = stableStringify(original);
      return { ...base, value: text, unmapped: [unmapped('unreadable', text, tooDeepMessage)], unhandled: { reason: 'too_deep', error: tooDeepMessage } };
    }
    const translator = findTranslator(field);
    if (!translator) {
      const error = `no translator for field "${field}"`;
      return { ...base, value: original, unmapped: [unmapped('no_translator', original)], unhandled: { reason: 'unknown_field', error } };
    }
    const items: UnreadableItem[] = [];
    try {
      const events = translator.translate(original, { ...ctx, unreadable: items });
      return {
        ...base,
        value: original,
        events,
        unreadable: items.map((item) => ({ ...item, key: () => changeKey(`${entryId}:${field}:${item.path}`, entryTime, item.value) })),
        unmapped: items.map((item) => unmapped('unreadable', item.value, item.message, item.path)),
      };
    } catch (err) {
      if (!(err instanceof UnreadableChangeError)) this.logger.error(`translator for ${field} crashed: ${(err as Error).stack}`);
      const error = err instanceof Error ? err.message : String(err);
      return { ...base, value: original, unmapped: [unmapped('unreadable', original, error)], unhandled: { reason: 'unreadable_value', error } };
    }
  }
}
