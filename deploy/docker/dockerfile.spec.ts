import { readFileSync } from 'node:fs';
import path from 'node:path';
import { renderKustomization, podSpec } from '../kubernetes/kustomization.renderer';
import { lastOf, parseDockerfile, stageEnv } from './dockerfile.parser';

const ROOT = path.resolve(__dirname, '../..');
const stages = parseDockerfile(readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8'));
const runtime = stages[stages.length - 1];

describe('Dockerfile parser', () => {
  it('reads stages, flags, exec and shell forms, continuations and comments', () => {
    const parsed = parseDockerfile(
      [
        '# comment',
        'FROM node:20 AS build',
        'RUN npm ci \\',
        '  --no-audit',
        'FROM node:20',
        'COPY --from=build /app/dist ./dist',
        'ENV A=1 B=two',
        'CMD ["node", "main.js"]',
      ].join('\n'),
    );
    expect(parsed.map((s) => [s.name, s.from])).toEqual([
      ['build', 'node:20'],
      [null, 'node:20'],
    ]);
    expect(parsed[0].instructions).toEqual([{ op: 'RUN', flags: {}, args: ['npm', 'ci', '--no-audit'], raw: 'npm ci    --no-audit' }]);
    expect(parsed[1].instructions[0]).toMatchObject({ op: 'COPY', flags: { from: 'build' }, args: ['/app/dist', './dist'] });
    expect(stageEnv(parsed[1])).toEqual({ A: '1', B: 'two' });
    expect(lastOf(parsed[1], 'CMD')?.args).toEqual(['node', 'main.js']);
  });
});

describe('Dockerfile and the Kubernetes manifests agree', () => {
  const manifests = renderKustomization(path.join(ROOT, 'deploy/kubernetes/base'));
  const config = manifests.find((m) => m.kind === 'ConfigMap')!.data as Record<string, string>;

  it('builds on the Node major the project runs and tests on', () => {
    for (const s of stages) expect(s.from).toMatch(new RegExp(`^node:${process.versions.node.split('.')[0]}-`));
  });

  it('copies only from earlier stages into the runtime stage', () => {
    for (const i of runtime.instructions.filter((x) => x.op === 'COPY')) {
      expect(stages.findIndex((s) => s.name === i.flags.from)).toBeGreaterThanOrEqual(0);
      expect(stages.findIndex((s) => s.name === i.flags.from)).toBeLessThan(runtime.index);
    }
  });

  it('runs as the non-root user whose uid the pods declare, in production mode', () => {
    expect(lastOf(runtime, 'USER')?.args).toEqual(['node']); // uid 1000 in the node images
    for (const m of manifests.filter((x) => podSpec(x))) expect((podSpec(m)!.securityContext as Record<string, unknown>).runAsUser).toBe(1000);
    expect(stageEnv(runtime).NODE_ENV).toBe('production');
    expect(config.NODE_ENV).toBe('production');
  });

  it('exposes the ports the manifests use, and starts the ingest as its Deployment does', () => {
    expect(lastOf(runtime, 'EXPOSE')?.args.map(Number).sort()).toEqual([Number(config.INGEST_PORT), Number(config.DISPATCHER_PORT)].sort());
    const ingest = manifests.find((m) => m.kind === 'Deployment' && m.metadata.name === 'wa-webhooks-ingest')!;
    const [container] = podSpec(ingest)!.containers as { command: string[] }[];
    expect(lastOf(runtime, 'CMD')?.args).toEqual(container.command);
  });
});
