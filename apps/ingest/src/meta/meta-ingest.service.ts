import { Injectable, Logger } from '@nestjs/common';
import { contentKey, findTranslator, MetaWebhookBody, UnreadableChangeError } from '@app/events';
import { IngestBatcher, IngestResult, PendingChange } from '../ingest-pipeline/ingest-batcher.service';

export const WABA_OBJECT = 'whatsapp_business_account';

/**
 * Turns one verified Meta POST into pending changes (translated events, or unhandled changes with their
 * reason) and hands them to the group commit. Resolves once they are committed; a change that cannot
 * be translated never blocks the others of the same POST.
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
      const key = () => contentKey(`object:${body.object}`, { wabaId: '', receivedAt }, body);
      return [{ object: body.object, wabaId: null, field: null, value: body, key, events: [], unhandled: { reason: 'unknown_object', error: null } }];
    }
    const changes: PendingChange[] = [];
    for (const entry of body.entry ?? []) {
      const wabaId = String(entry.id);
      const entryTime = typeof entry.time === 'number' ? entry.time : undefined;
      for (const change of entry.changes ?? []) {
        const field = String(change?.field ?? '');
        const key = () => contentKey(`${wabaId}:${field}`, { wabaId, entryTime, receivedAt }, change?.value);
        const base = { object: body.object, wabaId, field, value: change?.value, key };
        const translator = findTranslator(base.field);
        if (!translator) {
          changes.push({ ...base, events: [], unhandled: { reason: 'unknown_field', error: `no translator for field "${base.field}"` } });
          continue;
        }
        try {
          const events = translator.translate(base.value, { wabaId, entryTime, receivedAt });
          changes.push({ ...base, events });
        } catch (err) {
          if (!(err instanceof UnreadableChangeError)) this.logger.error(`translator for ${base.field} crashed: ${(err as Error).stack}`);
          changes.push({ ...base, events: [], unhandled: { reason: 'unreadable_value', error: err instanceof Error ? err.message : String(err) } });
        }
      }
    }
    return changes;
  }
}
