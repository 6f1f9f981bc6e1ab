import { Injectable, Logger } from '@nestjs/common';
import {
  buildEnvelope,
  EventEnvelope,
  findTranslator,
  MetaWebhookBody,
  routingKeyFor,
  UnreadableChangeError,
} from '@app/events';
import { EventPublisher } from '@app/messaging';
import { EventRepository, NewUnhandledChange, UnhandledChangeRepository, WhatsappAccountRepository } from '@app/persistence';
import { DataSource } from 'typeorm';

const WABA_OBJECT = 'whatsapp_business_account';

export interface IngestResult {
  events: number;
  duplicates: number;
  unhandled: number;
}

/** Turns one verified Meta POST into stored, published events. */
@Injectable()
export class MetaIngestService {
  private readonly logger = new Logger('MetaIngest');

  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: WhatsappAccountRepository,
    private readonly events: EventRepository,
    private readonly unhandled: UnhandledChangeRepository,
    private readonly publisher: EventPublisher,
  ) {}

  async ingest(body: MetaWebhookBody, receivedAt = new Date()): Promise<IngestResult> {
    const envelopes: EventEnvelope[] = [];
    const skipped: NewUnhandledChange[] = [];
    if (body.object !== WABA_OBJECT) {
      skipped.push({ reason: 'unknown_object', object: body.object, wabaId: null, field: null, value: body, error: null });
    } else {
      const entries = body.entry ?? [];
      const owners = new Map(
        (await this.accounts.findByWabaIds([...new Set(entries.map((e) => String(e.id)))])).map((a) => [a.wabaId, a.workspaceId]),
      );
      for (const entry of entries) {
        for (const change of entry.changes ?? []) {
          const base = { object: body.object, wabaId: String(entry.id), field: change.field, value: change.value };
          const workspaceId = owners.get(String(entry.id));
          const translator = findTranslator(change.field);
          if (!workspaceId) {
            skipped.push({ ...base, reason: 'unknown_waba', error: null });
          } else if (!translator) {
            skipped.push({ ...base, reason: 'unknown_field', error: null });
          } else {
            try {
              const translated = translator.translate(change.value, { wabaId: String(entry.id), entryTime: entry.time, receivedAt });
              for (const event of translated) envelopes.push(buildEnvelope(workspaceId, String(entry.id), change, event));
            } catch (err) {
              if (!(err instanceof UnreadableChangeError)) this.logger.error(`translator ${change.field} crashed: ${(err as Error).stack}`);
              skipped.push({ ...base, reason: 'unreadable_value', error: (err as Error).message });
            }
          }
        }
      }
    }

    const inserted = await this.dataSource.transaction(async (m) => {
      await this.unhandled.insertMany(skipped, m);
      return this.events.insertNew(
        envelopes.map((e) => ({
          id: e.id,
          workspaceId: e.workspace_id,
          type: e.type,
          wabaId: e.waba_id,
          phoneNumberId: e.phone_number_id,
          envelope: e as unknown as Record<string, unknown>,
          createdAt: new Date(e.created_at),
        })),
        m,
      );
    });
    const fresh = envelopes.filter((e) => inserted.has(e.id));
    await Promise.all(
      fresh.map((e) =>
        this.publisher.publish({ id: e.id, routingKey: routingKeyFor(e.workspace_id, e.type), body: Buffer.from(JSON.stringify(e)) }),
      ),
    );
    await this.events.markPublished(fresh.map((e) => e.id));
    return { events: fresh.length, duplicates: envelopes.length - fresh.length, unhandled: skipped.length };
  }
}
