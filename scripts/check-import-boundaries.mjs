// Proves the import-boundary lint rules still bite: each snippet below breaks one rule of the allowed
// graph (eslint.config.mjs) and must be reported; each allowed one must pass. Run by `npm run lint`.
import { ESLint } from 'eslint';

const CASES = [
  { file: 'libs/common/src/x.ts', code: "import { EventRepository } from '@app/persistence';", bad: 'a bottom lib importing persistence' },
  { file: 'libs/config/src/x.ts', code: "import { JsonLogger } from '@app/common';", bad: 'config (the very bottom) importing common' },
  { file: 'libs/events/src/x.ts', code: "import { EventPublisher } from '@app/messaging';", bad: 'events importing messaging' },
  { file: 'libs/persistence/src/x.ts', code: "import { buildEnvelope } from '@app/events/envelope';", bad: 'persistence importing events by subpath' },
  { file: 'libs/delivery/src/x.ts', code: "import { IngestModule } from '../../../apps/ingest/src/ingest.module';", bad: 'a lib importing an app' },
  { file: 'apps/ingest/src/x.ts', code: "import { DispatcherModule } from '../../dispatcher/src/dispatcher.module';", bad: 'ingest importing the dispatcher' },
  {
    file: 'apps/dispatcher/src/x/y.ts',
    code: "import { MetaIngestService } from '../../../ingest/src/meta/meta-ingest.service';",
    bad: 'the dispatcher importing ingest',
  },
  {
    file: 'apps/ingest/settings-ui/src/x.ts',
    code: "import { EVENT_CATALOG } from '../../../../libs/events/src/catalog/event-catalog';",
    bad: 'a deep relative import across roots',
  },
  { file: 'libs/messaging/src/x.ts', code: "import { buildEnvelope } from '@app/events';\nimport { AppConfig } from '@app/config';" },
  {
    file: 'apps/ingest/src/webhooks/x.ts',
    code: "import { ApiErrorResponses } from '../docs/api-error-responses.decorator';\nimport { EventRepository } from '@app/persistence';",
  },
];

const eslint = new ESLint();
let failures = 0;
for (const c of CASES) {
  const [result] = await eslint.lintText(`${c.code}\nexport const used = 1;\n`, { filePath: c.file });
  const reported = result.messages.some((m) => m.ruleId === 'no-restricted-imports');
  if (c.bad && !reported) {
    failures++;
    console.error(`import boundaries: ${c.bad} (${c.file}) was NOT reported`);
  } else if (!c.bad && reported) {
    failures++;
    console.error(`import boundaries: an allowed import in ${c.file} was reported: ${result.messages.map((m) => m.message).join('; ')}`);
  }
}
if (failures > 0) process.exit(1);
console.log(`import boundaries: ${CASES.length} cases checked`);
