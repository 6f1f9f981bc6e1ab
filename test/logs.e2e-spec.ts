import { IngestClient, loadMetaFixture, withWabaId } from './support/api-client';
import { AppProcess } from './support/app-process';
import { createTestEnvironment, TestEnvironment } from './support/test-environment';
import { WebhookReceiver } from './support/webhook-receiver';

// One event followed across both apps through their JSON logs: the ingest logs its id when it is
// accepted, the dispatcher logs every attempt with the event id and the endpoint id.

type LogLine = Record<string, any>;

function jsonLines(output: string): LogLine[] {
  return output
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .flatMap((l) => {
      try {
        return [JSON.parse(l) as LogLine];
      } catch {
        return [];
      }
    });
}

async function waitForLine(app: AppProcess, match: (l: LogLine) => boolean, timeoutMs = 5_000): Promise<LogLine> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const line = jsonLines(app.output).find(match);
    if (line) return line;
    if (Date.now() > deadline) throw new Error(`no matching log line from ${app.name} in ${timeoutMs} ms:\n${app.output.slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('logs: one event followable across ingest and dispatcher', () => {
  let env: TestEnvironment;
  let ingest: AppProcess;
  let dispatcher: AppProcess;
  let client: IngestClient;
  const receiver = new WebhookReceiver();
  const apps: AppProcess[] = [];

  beforeAll(async () => {
    env = await createTestEnvironment({ LOG_LEVEL: 'debug', RETRY_SCHEDULE: '300ms' });
    ingest = await AppProcess.start('ingest', env.env);
    dispatcher = await AppProcess.start('dispatcher', env.env);
    apps.push(ingest, dispatcher);
    client = new IngestClient(ingest.baseUrl);
    await receiver.start();
  });

  afterAll(async () => {
    for (const app of apps) await app.stop();
    await receiver.stop();
    await env?.cleanup();
  });

  it('finds the same event_id in the ingest output (accepted) and the dispatcher output (each attempt, with endpoint_id)', async () => {
    const wabaId = '220000000000001';
    const ws = await client.createWorkspace();
    await client.linkWaba(ws.id, wabaId);
    const hook = await client.createWebhook(ws.api_key, { url: receiver.url, events: ['message.received'] });
    let calls = 0;
    receiver.respond = (_req, res) => void res.writeHead(++calls === 1 ? 500 : 200).end('ok'); // fails once, then succeeds

    expect((await client.postMeta(withWabaId(loadMetaFixture('messages-text.json'), wabaId))).status).toBe(200);
    await receiver.waitFor(2, 10_000);
    const eventId = String(receiver.requests[0].headers['webhook-id']);

    const accepted = await waitForLine(ingest, (l) => l.msg === 'event accepted' && l.event_id === eventId);
    expect(accepted).toMatchObject({ app: 'ingest', level: 20, type: 'message.received', workspace_id: ws.id });
    const batch = await waitForLine(ingest, (l) => l.msg === 'batch committed' && l.events >= 1);
    expect(batch).toMatchObject({ app: 'ingest', level: 30, duplicates: 0, unhandled: 0 });

    const failed = await waitForLine(dispatcher, (l) => l.msg === 'delivery attempt' && l.event_id === eventId && l.attempt === 1);
    expect(failed).toMatchObject({ app: 'dispatcher', level: 30, endpoint_id: hook.id, status_code: 500, error_class: 'http_error', state: 'pending' });
    expect(typeof failed.duration_ms).toBe('number');
    const succeeded = await waitForLine(dispatcher, (l) => l.msg === 'delivery attempt' && l.event_id === eventId && l.attempt === 2);
    expect(succeeded).toMatchObject({ app: 'dispatcher', level: 20, endpoint_id: hook.id, status_code: 200, error_class: null, state: 'succeeded' });
  });

  it('writes no per-event line at the default info level, only the per-batch summary', async () => {
    const quiet = await AppProcess.start('ingest', { ...env.env, LOG_LEVEL: 'info' });
    apps.push(quiet);
    const wabaId = '220000000000002';
    const quietClient = new IngestClient(quiet.baseUrl);
    const ws = await quietClient.createWorkspace();
    await quietClient.linkWaba(ws.id, wabaId);
    const res = await quietClient.postMeta(withWabaId(loadMetaFixture('messages-text.json'), wabaId));
    expect(res.body).toMatchObject({ events: 1 });
    await waitForLine(quiet, (l) => l.msg === 'batch committed' && l.events === 1);
    expect(jsonLines(quiet.output).filter((l) => l.msg === 'event accepted')).toEqual([]);
  });
});
