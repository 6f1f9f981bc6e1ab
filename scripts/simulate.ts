/**
 * npm run simulate -- <event type> [--count N] [--url http://localhost:3000] [--waba ID] [--phone ID] [--secret S]
 * npm run simulate -- --list
 *
 * Builds a Meta webhook body for a catalog event type (metaSampleBody) with timestamps of now, signs it
 * with META_APP_SECRET as Meta does (X-Hub-Signature-256) and POSTs it to the ingest this environment
 * configures (see simulateTarget), printing each answer.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { EVENT_CATALOG, EventTypeName } from '../libs/events/src';
import { META_SAMPLE_TYPES, metaSampleBody } from '../libs/events/src/testing/meta-samples';
import { sampleTimestamps, SimulateTarget, simulateTarget } from './simulate-target';

const DEMO_WABA_ID = '100000000000001';
const DEMO_PHONE_NUMBER_ID = '100000000000002';
interface Options {
  type?: string;
  count: number;
  url?: string;
  waba: string;
  phone: string;
  secret?: string;
  list: boolean;
}

function usage(): string {
  return [
    'usage: npm run simulate -- <event type> [--count N] [--url URL] [--waba ID] [--phone ID] [--secret S]',
    '       npm run simulate -- --list',
    '',
    `defaults: --url $PUBLIC_BASE_URL, else http://localhost:$INGEST_PORT (3000)`,
    `          --waba ${DEMO_WABA_ID} (the demo workspace) --phone ${DEMO_PHONE_NUMBER_ID}`,
    '          --secret $META_APP_SECRET, else with NODE_ENV=development the development value of `npm start`',
  ].join('\n');
}

function parseArgs(argv: string[]): Options {
  const opts: Options = {
    count: 1,
    waba: DEMO_WABA_ID,
    phone: DEMO_PHONE_NUMBER_ID,
    list: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`${arg} needs a value`);
      return v;
    };
    switch (arg) {
      case '--list':
        opts.list = true;
        break;
      case '--count':
        opts.count = Number(value());
        break;
      case '--url':
        opts.url = value();
        break;
      case '--waba':
        opts.waba = value();
        break;
      case '--phone':
        opts.phone = value();
        break;
      case '--secret':
        opts.secret = value();
        break;
      case '--help':
      case '-h':
        process.stdout.write(usage() + '\n');
        process.exit(0);
        break;
      default:
        if (arg.startsWith('--') || opts.type) throw new Error(`unexpected argument "${arg}"`);
        opts.type = arg;
    }
  }
  if (!Number.isInteger(opts.count) || opts.count < 1 || opts.count > 100_000) throw new Error('--count must be an integer from 1 to 100000');
  return opts;
}

function printList(): void {
  const simulable = new Set<string>(META_SAMPLE_TYPES);
  const width = Math.max(...EVENT_CATALOG.map((d) => d.type.length));
  for (const def of EVENT_CATALOG) {
    const note = simulable.has(def.type) ? '' : '  (not from Meta: cannot be simulated)';
    process.stdout.write(`${def.type.padEnd(width)}  ${def.description.split('\n')[0]}${note}\n`);
  }
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.list) return printList();
  if (!opts.type) throw new Error(usage());
  if (!(META_SAMPLE_TYPES as readonly string[]).includes(opts.type)) {
    throw new Error(`"${opts.type}" has no Meta sample. Types you can simulate:\n  ${META_SAMPLE_TYPES.join('\n  ')}`);
  }
  const target: SimulateTarget = simulateTarget({ url: opts.url, secret: opts.secret }, process.env);
  const run = randomBytes(4).toString('hex');
  const timestamps = sampleTimestamps(opts.count, Date.now());
  let failures = 0;
  for (let i = 0; i < opts.count; i++) {
    const body = metaSampleBody(opts.type as EventTypeName, {
      wabaId: opts.waba,
      phoneNumberId: opts.phone,
      unique: `${run}-${i}`,
      timestamp: timestamps[i],
    });
    const raw = JSON.stringify(body);
    const signature = 'sha256=' + createHmac('sha256', target.secret).update(raw).digest('hex');
    const res = await fetch(`${target.url}/meta/webhook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': signature },
      body: raw,
    });
    const text = await res.text();
    if (!res.ok) failures++;
    if (opts.count === 1) {
      process.stdout.write(
        `POST ${target.url}/meta/webhook (${opts.type}, WABA ${opts.waba}, signed with the ${target.secretSource})\n${raw}\n\n→ ${res.status} ${text}\n`,
      );
    } else {
      process.stdout.write(`${i + 1}/${opts.count} → ${res.status} ${text}\n`);
    }
  }
  if (failures > 0) process.exitCode = 1;
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
