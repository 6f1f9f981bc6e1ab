import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVENT_CATALOG } from '../catalog/event-catalog';
import { translatedSampleData } from '../testing/translated-samples';
import { redactionTable } from './redaction-table';

describe('redaction table', () => {
  const table = redactionTable(translatedSampleData());

  it('has one row per catalog type', () => {
    for (const def of EVENT_CATALOG) expect(table).toContain(`| \`${def.type}\` |`);
    expect(table.split('\n')).toHaveLength(EVENT_CATALOG.length + 2);
  });

  it('is the one in the README (regenerate with `npx tsx scripts/redaction-table.ts`)', () => {
    const readme = readFileSync(join(__dirname, '..', '..', '..', '..', 'README.md'), 'utf8');
    const section = readme.split('<!-- redaction-table:start -->\n')[1]?.split('\n<!-- redaction-table:end -->')[0];
    expect(section).toBe(table);
  });
});
