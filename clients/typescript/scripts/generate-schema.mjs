#!/usr/bin/env node
// Generates src/schema.d.ts from the OpenAPI document with openapi-typescript.
//   node scripts/generate-schema.mjs [--url http://localhost:3000/docs-json | --file openapi.json] [--out src/schema.d.ts] [--check]
// --check writes nothing: it exits 1 when the committed file differs from what the document generates.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const HEADER = '// Generated from the wa-webhooks OpenAPI document by scripts/generate-schema.mjs. Do not edit.\n\n';

function parseArgs(argv) {
  const opts = {
    url: 'http://localhost:3000/docs-json',
    file: undefined,
    out: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/schema.d.ts'),
    check: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--url') opts.url = value();
    else if (arg === '--file') opts.file = value();
    else if (arg === '--out') opts.out = path.resolve(value());
    else if (arg === '--check') opts.check = true;
    else throw new Error(`unexpected argument "${arg}"`);
  }
  return opts;
}

async function loadDocument(opts) {
  if (opts.file) return JSON.parse(await readFile(opts.file, 'utf8'));
  const res = await fetch(opts.url);
  if (!res.ok) throw new Error(`GET ${opts.url}: ${res.status}`);
  return res.json();
}

/**
 * The types without their `@example` doc lines: some documented examples are dates computed when the
 * document is built (they must fall inside the API's recover window), so they differ from day to day
 * while the types do not.
 */
function withoutExamples(source) {
  return source
    .split('\n')
    .filter((line) => !/^\s*\* @example /.test(line))
    .join('\n');
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const document = await loadDocument(opts);
  const source =
    HEADER +
    astToString(
      // A documented default is what the server fills in when the field is omitted: the field stays optional in requests.
      await openapiTS(document, { defaultNonNullable: false }),
    );
  if (opts.check) {
    const committed = await readFile(opts.out, 'utf8').catch(() => '');
    if (withoutExamples(committed) !== withoutExamples(source)) {
      process.stderr.write(`${opts.out} is out of date with the OpenAPI document: run "npm run generate" in clients/typescript\n`);
      process.exit(1);
    }
    process.stdout.write(`${opts.out} matches the document\n`);
    return;
  }
  await writeFile(opts.out, source);
  process.stdout.write(`wrote ${opts.out}\n`);
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
