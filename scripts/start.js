#!/usr/bin/env node
// `npm start`: builds if needed, migrates, ensures the demo workspace, then runs ingest and one
// dispatcher side by side and prints where to go. Ctrl-C stops both.
const { spawn, spawnSync } = require('node:child_process');
const { existsSync } = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const ingestMain = path.join(root, 'dist/apps/ingest/main.js');
const dispatcherMain = path.join(root, 'dist/apps/dispatcher/main.js');
// A local demo: development mode (public development secrets for whatever is not set; the apps warn)
// and receivers on this machine allowed. Production leaves NODE_ENV unset and sets every secret.
const env = {
  ...process.env,
  NODE_ENV: process.env.NODE_ENV ?? 'development',
  ALLOW_PRIVATE_TARGETS: process.env.ALLOW_PRIVATE_TARGETS ?? 'true',
};

function run(args, opts = {}) {
  const r = spawnSync(process.execPath, args, { cwd: root, env, encoding: 'utf8', ...opts });
  if (r.status !== 0) {
    process.stderr.write(r.stderr || r.stdout || '');
    process.exit(r.status ?? 1);
  }
  return r.stdout;
}

if (process.argv.includes('--build') || !existsSync(ingestMain) || !existsSync(dispatcherMain)) {
  const b = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, env, stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status ?? 1);
}

process.stdout.write(run([ingestMain, 'migrate']));
const demo = JSON.parse(run([ingestMain, 'demo']).trim().split('\n').pop());

const children = [
  spawn(process.execPath, [ingestMain], { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] }),
  spawn(process.execPath, [dispatcherMain], { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] }),
];
const names = ['ingest', 'dispatcher'];
// Meta's acknowledgement must not wait behind delivery work on a shared CPU: the dispatcher runs at a
// lower OS priority (nice 5: about a third of the ingest's CPU weight when both are busy), so the
// ingest gets the cores first and delivery still progresses.
// Lowering a child's priority needs no privilege; where it fails anyway, both run at the same one.
try {
  os.setPriority(children[1].pid, 5);
} catch (err) {
  process.stderr.write(`dispatcher priority unchanged: ${err.message}\n`);
}
let printed = false;
children.forEach((child, i) => {
  child.stdout.on('data', (chunk) => {
    process.stdout.write(
      chunk
        .toString()
        .split('\n')
        .filter(Boolean)
        .map((l) => `[${names[i]}] ${l}\n`)
        .join(''),
    );
    const line = chunk.toString();
    if (!printed && i === 0 && line.includes('ingest ready')) {
      printed = true;
      const m = /"settings":"([^"]+)","docs":"([^"]+)","meta_callback":"([^"]+)"/.exec(line);
      const [settings, docs, callback] = m ? m.slice(1) : ['/settings/webhooks', '/docs', '/meta/webhook'];
      process.stdout.write(
        [
          '',
          '  WhatsApp webhooks is running',
          `  Settings page   ${settings}`,
          `  API docs        ${docs}`,
          `  Meta callback   ${callback}`,
          `  Demo workspace  ${demo.workspace_id} (WABA ${demo.waba_id}, phone number id ${demo.phone_number_id})`,
          `  Demo API key    ${demo.api_key}`,
          '',
          '  Send a signed sample event:  npm run simulate -- message.received',
          '',
        ].join('\n') + '\n',
      );
    }
  });
  child.on('exit', (code) => {
    process.stderr.write(`${names[i]} exited with code ${code}\n`);
    children.forEach((c) => c.exitCode === null && c.kill('SIGTERM'));
    process.exitCode = code ?? 1;
  });
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => children.forEach((c) => c.kill('SIGTERM')));
