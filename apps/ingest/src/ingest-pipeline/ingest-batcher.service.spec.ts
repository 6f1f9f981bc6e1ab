import { Logger } from '@nestjs/common';
import { buildEnvelope, TranslatedEvent, unmappedChangeEvent } from '@app/events';
import { NewEventRow, NewUnhandledChange, PhoneNumberMapping, PhoneNumberRepository } from '@app/persistence';
import { changeWeight, IngestBatcher, PendingChange } from './ingest-batcher.service';
import { IngestMetrics } from './ingest-metrics.service';
import { OutboxService } from './outbox.service';
import { PhoneNumberDirectory } from './phone-number-directory.service';
import { WabaOwnerCache } from './waba-owner-cache.service';

const WABA = '102290129340398';
const PORTFOLIO = '506914307656634';
const receivedAt = new Date('2026-05-12T16:10:17Z');

const noop = () => undefined;
const fakeMetrics = new Proxy({}, { get: () => ({ inc: noop, observe: noop, set: noop }) }) as unknown as IngestMetrics;

function event(over: Partial<TranslatedEvent> = {}): TranslatedEvent {
  return { type: 'message.received', key: 'wamid.1', occurredAt: receivedAt, phoneNumberId: null, data: {}, ...over };
}

function change(over: Partial<PendingChange> = {}): PendingChange {
  return {
    object: 'whatsapp_business_account',
    entryId: WABA,
    field: 'messages',
    value: { v: 1 },
    key: () => 'sha256:change',
    events: [],
    unreadable: [],
    unmapped: [],
    ...over,
  };
}

describe('IngestBatcher', () => {
  beforeAll(() => Logger.overrideLogger(false));
  afterAll(() => Logger.overrideLogger(['log', 'error', 'warn', 'debug', 'verbose']));

  let eventRows: NewEventRow[];
  let unhandledRows: NewUnhandledChange[];
  let numbers: PhoneNumberMapping[];
  let batcher: IngestBatcher;

  beforeEach(() => {
    eventRows = [];
    unhandledRows = [];
    numbers = [];
    const owners = {
      ownersOf: async (ids: Iterable<string>) => new Map([...ids].filter((id) => id === WABA).map((id) => [id, 'ws-a'])),
      businessOwnersOf: async (ids: Iterable<string>) => new Map([...ids].filter((id) => id === PORTFOLIO).map((id) => [id, 'ws-a'])),
    } as unknown as WabaOwnerCache;
    const repo = {
      upsertMany: async (m: PhoneNumberMapping[]) => void numbers.push(...m),
      findByDisplay: async (wabaIds: string[], displays: string[]) =>
        numbers.filter((n) => wabaIds.includes(n.wabaId) && displays.includes(n.displayPhoneNumber)),
    } as unknown as PhoneNumberRepository;
    batcher = new IngestBatcher(
      owners,
      { insertNew: async (rows: NewEventRow[]) => (eventRows.push(...rows), new Set(rows.map((r) => r.id))) } as never,
      { insertMany: async (rows: NewUnhandledChange[]) => (unhandledRows.push(...rows), rows.map((r) => r.reason)) } as never,
      { publishCommitted: noop } as unknown as OutboxService,
      fakeMetrics,
      new PhoneNumberDirectory(repo),
    );
  });

  it('learns a number from messages metadata and resolves a display-only event of the same WABA, without changing its id', async () => {
    const quality = event({ type: 'phone_number.quality_updated', key: 'sha256:q', displayPhoneNumber: '+1 555-010-0001' });
    await batcher.submit({ changes: [change({ field: 'phone_number_quality_update', events: [quality] })] });
    expect(eventRows[0].phoneNumberId).toBeNull();

    await batcher.submit({ changes: [change({ events: [event({ phoneNumberId: '117263540981001', displayPhoneNumber: '15550100001' })] })] });
    expect(numbers).toEqual([{ phoneNumberId: '117263540981001', wabaId: WABA, displayPhoneNumber: '15550100001' }]);

    const again = event({ type: 'phone_number.quality_updated', key: 'sha256:q2', displayPhoneNumber: '15550100001' });
    await batcher.submit({ changes: [change({ field: 'phone_number_quality_update', events: [again] })] });
    const row = eventRows[2];
    expect(row.phoneNumberId).toBe('117263540981001');
    expect(row.envelope.phone_number_id).toBe('117263540981001');
    expect(row.id).toBe(buildEnvelope('ws-a', WABA, WABA, { field: 'phone_number_quality_update', value: { v: 1 } }, again).id);
  });

  it('routes by the event route: a WABA (its id as waba_id), a linked portfolio (no waba_id), an unlinked one kept as unknown_business', async () => {
    const result = await batcher.submit({
      changes: [
        change({ entryId: '999', field: 'account_update', events: [event({ type: 'account.updated', key: 'k1', route: { wabaId: WABA } })] }),
        change({
          entryId: PORTFOLIO,
          field: 'partner_solutions',
          events: [event({ type: 'partner_solution.updated', key: 'k2', route: { businessId: PORTFOLIO } })],
        }),
        change({
          entryId: '888',
          field: 'partner_solutions',
          key: () => 'sha256:unlinked',
          events: [event({ type: 'partner_solution.updated', key: 'k3', route: { businessId: '888' } })],
        }),
      ],
    });
    expect(result).toEqual({ events: 2, duplicates: 0, unhandled: 1 });
    expect(eventRows.map((r) => [r.type, r.workspaceId, r.wabaId])).toEqual(
      expect.arrayContaining([
        ['account.updated', 'ws-a', WABA],
        ['partner_solution.updated', 'ws-a', null],
      ]),
    );
    expect(unhandledRows).toEqual([expect.objectContaining({ reason: 'unknown_business', wabaId: '888', dedupKey: 'sha256:unlinked:unknown_business' })]);
  });

  it('stores unreadable items one by one and sends the unmapped events to the entry owner only', async () => {
    const unmapped = unmappedChangeEvent(
      { field: 'messages', reason: 'unreadable', path: 'messages[1]', entryId: WABA, value: 'x', message: 'bad' },
      { receivedAt },
    );
    const item = { path: 'messages[1]', value: 'x', message: 'bad', key: () => 'sha256:item' };
    const result = await batcher.submit({
      changes: [
        change({ events: [event()], unreadable: [item], unmapped: [unmapped] }),
        change({ entryId: '777', field: 'new_field', unhandled: { reason: 'unknown_field', error: 'no translator' }, unmapped: [unmapped] }),
      ],
    });
    expect(result).toEqual({ events: 2, duplicates: 0, unhandled: 2 });
    expect(eventRows.map((r) => r.type).sort()).toEqual(['message.received', 'meta.unmapped_change']);
    expect(unhandledRows).toEqual([
      expect.objectContaining({ reason: 'unreadable_item', path: 'messages[1]', valueJson: '"x"', error: 'bad', dedupKey: 'sha256:item' }),
      expect.objectContaining({ reason: 'unknown_waba', wabaId: '777', dedupKey: 'sha256:change' }),
    ]);
  });

  it('weighs a change by every row it may write', () => {
    expect(changeWeight(change())).toBe(1);
    expect(
      changeWeight(change({ events: [event(), event()], unmapped: [event()], unreadable: [{ path: 'a[0]', value: 1, message: 'm', key: () => 'k' }] })),
    ).toBe(4);
    expect(changeWeight(change({ unhandled: { reason: 'unknown_field', error: null }, unmapped: [event()] }))).toBe(2);
  });
});
