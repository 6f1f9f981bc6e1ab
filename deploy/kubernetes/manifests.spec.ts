import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadAll } from 'js-yaml';
import { PATH_METADATA } from '@nestjs/common/constants';
import { getMetadataStorage } from 'class-validator';
import { ConfigMap, Service } from 'kubernetes-models/v1';
import { Deployment } from 'kubernetes-models/apps/v1';
import { Job } from 'kubernetes-models/batch/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { EnvironmentVariables, REQUIRED_SECRETS } from '@app/config';
import { AmqpNames, HealthController } from '@app/messaging';
import { Manifest, podSpec, renderKustomization } from './kustomization.renderer';

// Loosely typed views of the YAML: the schema validation below is what guarantees the shapes.
type Obj = Record<string, any>;

const ROOT = path.resolve(__dirname, '../..');
const BASE = path.join(__dirname, 'base');
const OVERLAY = path.join(__dirname, 'overlays/example');
const SECRET_NAME = 'wa-webhooks-secrets';
/** Not secret by nature, but they carry the database and broker passwords. */
const CREDENTIAL_URLS = ['DATABASE_URL', 'AMQP_URL'];

/** Every variable the config DTO validates (the apps read no other). */
const DTO_VARIABLES = new Set(
  getMetadataStorage()
    .getTargetValidationMetadatas(EnvironmentVariables, '', true, false)
    .map((m) => m.propertyName),
);

/** The core kinds, validated against the Kubernetes OpenAPI schemas kubernetes-models is generated from. */
const MODELS: Record<string, { validate(m: Manifest): void }> = {
  'v1/ConfigMap': { validate: (m) => new ConfigMap(m as never).validate() },
  'v1/Service': { validate: (m) => new Service(m as never).validate() },
  'apps/v1/Deployment': { validate: (m) => new Deployment(m as never).validate() },
  'batch/v1/Job': { validate: (m) => new Job(m as never).validate() },
  'policy/v1/PodDisruptionBudget': { validate: (m) => new PodDisruptionBudget(m as never).validate() },
  'keda.sh/v1alpha1/ScaledObject': { validate: validateScaledObject },
  'keda.sh/v1alpha1/TriggerAuthentication': { validate: validateTriggerAuthentication },
};

function one(manifests: Manifest[], kind: string, name: string): Obj {
  const found = manifests.filter((m) => m.kind === kind && m.metadata.name === name);
  if (found.length !== 1) throw new Error(`expected one ${kind} ${name}, found ${found.length}`);
  return found[0];
}

function container(manifests: Manifest[], kind: string, name: string): Obj {
  const containers = podSpec(one(manifests, kind, name) as Manifest)!.containers as Obj[];
  expect(containers).toHaveLength(1);
  return containers[0];
}

const selects = (selector: Record<string, string>, labels: Record<string, string> = {}) => Object.entries(selector).every(([k, v]) => labels[k] === v);

function podsOf(manifests: Manifest[]) {
  return manifests
    .filter((m) => m.kind === 'Deployment' || m.kind === 'Job')
    .map((m) => ({ name: m.metadata.name, labels: (m.spec as Obj).template.metadata.labels }));
}

/** KEDA's CRDs are not in kubernetes-models: the fields the operator requires, and trigger metadata as strings (a map[string]string). */
function validateScaledObject(m: Manifest): void {
  const spec = (m as Obj).spec;
  expect(spec.scaleTargetRef.name).toEqual(expect.any(String));
  expect(Number.isInteger(spec.minReplicaCount) && Number.isInteger(spec.maxReplicaCount)).toBe(true);
  expect(spec.minReplicaCount).toBeLessThanOrEqual(spec.maxReplicaCount);
  expect(spec.triggers.length).toBeGreaterThan(0);
  for (const t of spec.triggers) {
    expect(typeof t.type).toBe('string');
    for (const [k, v] of Object.entries(t.metadata)) expect([k, typeof v]).toEqual([k, 'string']);
  }
  // KEDA hands `advanced.horizontalPodAutoscalerConfig.behavior` to the HPA it creates: validate it as one.
  new HorizontalPodAutoscaler({
    metadata: { name: m.metadata.name },
    spec: {
      scaleTargetRef: { apiVersion: 'apps/v1', kind: spec.scaleTargetRef.kind ?? 'Deployment', name: spec.scaleTargetRef.name },
      minReplicas: spec.minReplicaCount,
      maxReplicas: spec.maxReplicaCount,
      behavior: spec.advanced?.horizontalPodAutoscalerConfig?.behavior,
    },
  }).validate();
}

function validateTriggerAuthentication(m: Manifest): void {
  for (const ref of (m as Obj).spec.secretTargetRef) expect(Object.keys(ref).sort()).toEqual(['key', 'name', 'parameter']);
}

function kubectlKustomize(dir: string): Manifest[] | null {
  const run = spawnSync('kubectl', ['kustomize', dir], { encoding: 'utf8' });
  if (run.error) return null; // kubectl not installed: the renderer alone is used
  if (run.status !== 0) throw new Error(`kubectl kustomize ${dir} failed: ${run.stderr}`);
  return loadAll(run.stdout) as Manifest[];
}

const byKindAndName = (a: Manifest, b: Manifest) => `${a.kind}/${a.metadata.name}`.localeCompare(`${b.kind}/${b.metadata.name}`);

describe.each([
  ['base', BASE],
  ['example overlay', OVERLAY],
])('Kubernetes manifests: %s', (label, dir) => {
  const manifests = renderKustomization(dir);
  const config = one(manifests, 'ConfigMap', 'wa-webhooks-config').data as Record<string, string>;
  const setting = (name: string) => config[name] ?? String((new EnvironmentVariables() as unknown as Obj)[name]);

  it('renders as kubectl kustomize does (when kubectl is installed)', () => {
    const kubectl = kubectlKustomize(dir);
    if (kubectl) expect([...manifests].sort(byKindAndName)).toEqual(kubectl.sort(byKindAndName));
  });

  it('validates every resource against its schema', () => {
    expect(new Set(manifests.map((m) => `${m.apiVersion}/${m.kind}`))).toEqual(new Set(Object.keys(MODELS)));
    for (const m of manifests) {
      const model = MODELS[`${m.apiVersion}/${m.kind}`];
      expect(model).toBeDefined();
      try {
        model.validate(m);
      } catch (err) {
        throw new Error(`${m.kind} ${m.metadata.name}: ${(err as Error).message}`, { cause: err });
      }
    }
  });

  it('runs the ingest with at least 2 replicas behind a Service on its HTTP port', () => {
    const ingest = one(manifests, 'Deployment', 'wa-webhooks-ingest');
    if (label === 'base') expect(ingest.spec.replicas).toBe(2);
    expect(ingest.spec.replicas).toBeGreaterThanOrEqual(2);
    const c = container(manifests, 'Deployment', 'wa-webhooks-ingest');
    const http = c.ports.find((p: Obj) => p.name === 'http');
    expect(http.containerPort).toBe(Number(setting('INGEST_PORT')));
    const service = one(manifests, 'Service', 'wa-webhooks-ingest');
    expect(selects(service.spec.selector, ingest.spec.template.metadata.labels)).toBe(true);
    expect(service.spec.ports.map((p: Obj) => p.targetPort)).toEqual(['http']);
  });

  it('gives the dispatcher no Service, and no replica count of its own (KEDA owns it)', () => {
    const dispatcher = one(manifests, 'Deployment', 'wa-webhooks-dispatcher');
    const labels = dispatcher.spec.template.metadata.labels;
    for (const s of manifests.filter((m) => m.kind === 'Service')) expect(selects((s as Obj).spec.selector, labels)).toBe(false);
    expect(dispatcher.spec.replicas).toBeUndefined();
  });

  it('probes the health routes the apps serve, on their configured ports', () => {
    const prefix = Reflect.getMetadata(PATH_METADATA, HealthController);
    const routes = (['live', 'ready'] as const).map((m) => `/${prefix}/${Reflect.getMetadata(PATH_METADATA, HealthController.prototype[m])}`);
    expect(routes).toEqual(['/health/live', '/health/ready']);
    const ports = { 'wa-webhooks-ingest': Number(setting('INGEST_PORT')), 'wa-webhooks-dispatcher': Number(setting('DISPATCHER_PORT')) };
    for (const [name, port] of Object.entries(ports)) {
      const c = container(manifests, 'Deployment', name);
      for (const probe of ['startupProbe', 'livenessProbe', 'readinessProbe']) {
        const get = c[probe]?.httpGet;
        expect([name, probe, routes.includes(get?.path)]).toEqual([name, probe, true]);
        const named = c.ports.find((p: Obj) => p.name === get.port);
        expect([name, probe, named?.containerPort ?? get.port]).toEqual([name, probe, port]);
      }
      expect(c.livenessProbe.httpGet.path).toBe('/health/live'); // never restart a pod because a dependency is down
      const metrics = c.ports.find((p: Obj) => p.name === 'metrics');
      expect(metrics?.containerPort).toBe(Number(setting('METRICS_PORT')));
    }
  });

  it('lets the dispatcher drain on SIGTERM (grace ≥ 30 s) and keeps ingest requests off a stopping pod', () => {
    const dispatcher = podSpec(one(manifests, 'Deployment', 'wa-webhooks-dispatcher') as Manifest)!;
    expect(dispatcher.terminationGracePeriodSeconds).toBeGreaterThanOrEqual(30);
    const ingest = podSpec(one(manifests, 'Deployment', 'wa-webhooks-ingest') as Manifest)!;
    const c = container(manifests, 'Deployment', 'wa-webhooks-ingest');
    const preStopSeconds = Number(c.lifecycle.preStop.exec.command[1]);
    expect(c.lifecycle.preStop.exec.command[0]).toBe('sleep');
    expect(preStopSeconds).toBeGreaterThan(0);
    expect(ingest.terminationGracePeriodSeconds).toBeGreaterThanOrEqual(preStopSeconds + 20);
  });

  it('has disruption budgets selecting exactly the pods of their Deployment', () => {
    const pods = podsOf(manifests);
    for (const component of ['ingest', 'dispatcher']) {
      const pdb = one(manifests, 'PodDisruptionBudget', `wa-webhooks-${component}`);
      const selected = pods.filter((p) => selects(pdb.spec.selector.matchLabels, p.labels)).map((p) => p.name);
      expect(selected).toEqual([`wa-webhooks-${component}`]);
      expect(pdb.spec.maxUnavailable ?? 0).toBeGreaterThan(0); // a budget of 0 would block every node drain
    }
  });

  it('scales the dispatcher Deployment with KEDA on the ready messages of the endpoint queues', () => {
    const so = one(manifests, 'ScaledObject', 'wa-webhooks-dispatcher');
    expect(so.spec.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name: 'wa-webhooks-dispatcher' });
    expect(so.spec.minReplicaCount).toBeGreaterThanOrEqual(2);
    const [trigger] = so.spec.triggers;
    expect(trigger).toMatchObject({ type: 'rabbitmq', metadata: { protocol: 'http', mode: 'QueueLength', useRegex: 'true', operation: 'sum' } });
    const queues = new RegExp(trigger.metadata.queueName);
    const names = new AmqpNames(setting('AMQP_NAMESPACE'));
    expect(queues.test(names.endpointQueue('0b7e6f3c-2f43-4c53-9d4c-2b2f8e0c1a11'))).toBe(true);
    expect(queues.test(names.delayQueue(30_000))).toBe(false);
    expect(queues.test(new AmqpNames('other').endpointQueue('0b7e6f3c-2f43-4c53-9d4c-2b2f8e0c1a11'))).toBe(false);
    const auth = one(manifests, 'TriggerAuthentication', trigger.authenticationRef.name);
    expect(auth.spec.secretTargetRef.map((r: Obj) => r.parameter)).toEqual(['host']);
    expect(auth.spec.secretTargetRef[0].name).not.toBe(SECRET_NAME); // the apps' Secret holds only what the apps read
  });

  it('sets only variables the config DTO knows, and secrets only from the Secret', () => {
    expect(Object.keys(config).filter((k) => !DTO_VARIABLES.has(k))).toEqual([]);
    for (const k of [...REQUIRED_SECRETS, ...CREDENTIAL_URLS, 'METRICS_TOKEN']) expect([k, k in config]).toEqual([k, false]);
    for (const m of manifests.filter((x) => podSpec(x))) {
      for (const c of podSpec(m)!.containers as Obj[]) {
        expect(c.envFrom).toEqual([{ configMapRef: { name: 'wa-webhooks-config' } }]);
        for (const e of c.env as Obj[]) {
          expect([m.metadata.name, e.name, DTO_VARIABLES.has(e.name)]).toEqual([m.metadata.name, e.name, true]);
          expect(e.valueFrom.secretKeyRef).toMatchObject({ name: SECRET_NAME, key: e.name });
        }
      }
    }
  });

  it('provides every required secret to every workload', () => {
    const needs: Record<string, string[]> = {
      'wa-webhooks-ingest': [...REQUIRED_SECRETS, ...CREDENTIAL_URLS],
      'wa-webhooks-dispatcher': [...REQUIRED_SECRETS, ...CREDENTIAL_URLS],
      'wa-webhooks-migrate': [...REQUIRED_SECRETS, 'DATABASE_URL'],
    };
    for (const [name, required] of Object.entries(needs)) {
      const m = manifests.find((x) => x.metadata.name === name)!;
      const env = (podSpec(m)!.containers as Obj[])[0].env as Obj[];
      const mandatory = env.filter((e) => !e.valueFrom.secretKeyRef.optional).map((e) => e.name);
      expect([name, mandatory.sort()]).toEqual([name, [...required].sort()]);
    }
  });

  it('runs every pod as the image user, non-root, read-only, one image for all', () => {
    const images = new Set<string>();
    for (const m of manifests.filter((x) => podSpec(x))) {
      const pod = podSpec(m)!;
      expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 1000 });
      expect(pod.automountServiceAccountToken).toBe(false);
      for (const c of pod.containers as Obj[]) {
        images.add(c.image);
        expect(c.securityContext).toMatchObject({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } });
        expect(c.resources.requests).toMatchObject({ cpu: expect.anything(), memory: expect.anything() });
        expect(c.resources.limits.memory).toEqual(expect.any(String));
      }
    }
    expect(images.size).toBe(1);
    if (label !== 'base') expect([...images]).toEqual(['registry.example.com/wa-webhooks:0.1.0']);
  });

  it('migrates with the migrate command before the apps, which never migrate themselves', () => {
    expect(config.RUN_MIGRATIONS).toBe('false');
    // The release applies `-l 'app.kubernetes.io/component in (config,migration)'` first: the Job and what it reads.
    const first = manifests.filter((m) => ['config', 'migration'].includes(m.metadata.labels?.['app.kubernetes.io/component'] ?? ''));
    expect(first.map((m) => m.kind).sort()).toEqual(['ConfigMap', 'Job']);
    const job = one(manifests, 'Job', 'wa-webhooks-migrate');
    expect(job.spec.template.spec.restartPolicy).toBe('Never');
    expect(container(manifests, 'Job', 'wa-webhooks-migrate').command).toEqual(['node', 'dist/apps/ingest/main.js', 'migrate']);
    const scripts = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts;
    expect(scripts['db:migrate']).toContain('node dist/apps/ingest/main.js migrate');
  });

  it('starts each app from the entrypoint the build produces', () => {
    const scripts = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts;
    expect(container(manifests, 'Deployment', 'wa-webhooks-ingest').command.join(' ')).toBe(scripts['start:ingest']);
    expect(container(manifests, 'Deployment', 'wa-webhooks-dispatcher').command.join(' ')).toBe(scripts['start:dispatcher']);
  });
});

describe('Kubernetes example overlay', () => {
  it('runs quorum queues for a clustered broker', () => {
    expect(one(renderKustomization(OVERLAY), 'ConfigMap', 'wa-webhooks-config').data.QUEUE_TYPE).toBe('quorum');
  });

  it('puts every resource in the overlay namespace', () => {
    expect(new Set(renderKustomization(OVERLAY).map((m) => m.metadata.namespace))).toEqual(new Set(['wa-webhooks']));
  });
});

describe('Kubernetes operations guide', () => {
  it('creates the Secret with every key the manifests read from it', () => {
    const guide = readFileSync(path.join(ROOT, 'docs/operations.md'), 'utf8');
    // The command and its continuation lines (ending in a backslash).
    const command = guide.match(/create secret generic wa-webhooks-secrets(?:[^\n]*\\\n)*[^\n]*/)?.[0] ?? '';
    const keys = new Set<string>();
    for (const m of renderKustomization(BASE).filter((x) => podSpec(x))) {
      for (const e of (podSpec(m)!.containers as Obj[])[0].env as Obj[]) if (!e.valueFrom.secretKeyRef.optional) keys.add(e.valueFrom.secretKeyRef.key);
    }
    for (const key of keys) expect([key, command.includes(`--from-literal=${key}=`)]).toEqual([key, true]);
  });
});
