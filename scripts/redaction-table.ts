import 'reflect-metadata';
// Rewrites the README's per-event-type redaction table from the catalog and the redaction rules
// (run after changing either: `npx tsx scripts/redaction-table.ts`; a unit test fails while it is stale).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { redactionTable } from '../libs/events/src/shaping/redaction-table';
import { translatedSampleData } from '../libs/events/src/testing/translated-samples';

const README = join(__dirname, '..', 'README.md');
const START = '<!-- redaction-table:start -->';
const END = '<!-- redaction-table:end -->';

const text = readFileSync(README, 'utf8');
const from = text.indexOf(START);
const to = text.indexOf(END);
if (from < 0 || to < from) throw new Error(`README.md has no ${START} … ${END} section`);
writeFileSync(README, text.slice(0, from + START.length) + '\n' + redactionTable(translatedSampleData()) + '\n' + text.slice(to));
