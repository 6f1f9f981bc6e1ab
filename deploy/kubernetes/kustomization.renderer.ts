import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadAll, load } from 'js-yaml';

/** One Kubernetes object as read from YAML. */
export type Manifest = { apiVersion: string; kind: string; metadata: { name: string; namespace?: string; labels?: Record<string, string> } } & Record<
  string,
  unknown
>;

interface Kustomization {
  resources?: string[];
  namespace?: string;
  images?: { name: string; newName?: string; newTag?: string }[];
  replicas?: { name: string; count: number }[];
  patches?: { path: string }[];
}

/** The kustomization fields this renderer implements; any other field makes it refuse the directory. */
const SUPPORTED = new Set(['apiVersion', 'kind', 'resources', 'namespace', 'images', 'replicas', 'patches']);

type Json = unknown;
type JsonObject = Record<string, Json>;
const isObject = (v: Json): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Renders a kustomization directory the way `kubectl kustomize` does, for the subset of kustomize the
 * manifests under deploy/kubernetes use (resources, namespace, images, replicas, strategic-merge
 * patches by file). It lets the manifest tests run where kubectl is not installed; where it is, the
 * tests check that both renderings are the same.
 */
export function renderKustomization(dir: string): Manifest[] {
  const kustomization = load(readFileSync(path.join(dir, 'kustomization.yaml'), 'utf8')) as Kustomization;
  const unsupported = Object.keys(kustomization).filter((k) => !SUPPORTED.has(k));
  if (unsupported.length) throw new Error(`${dir}/kustomization.yaml uses ${unsupported.join(', ')}, which this renderer does not implement`);

  let manifests: Manifest[] = [];
  for (const resource of kustomization.resources ?? []) {
    const target = path.resolve(dir, resource);
    manifests.push(...(statSync(target).isDirectory() ? renderKustomization(target) : readManifests(target)));
  }
  for (const patch of kustomization.patches ?? []) {
    for (const p of readManifests(path.resolve(dir, patch.path))) {
      const i = manifests.findIndex((m) => m.kind === p.kind && m.metadata.name === p.metadata.name);
      if (i < 0) throw new Error(`patch ${patch.path}: no ${p.kind} ${p.metadata.name} to patch`);
      manifests[i] = strategicMerge(manifests[i], p) as Manifest;
    }
  }
  if (kustomization.namespace) {
    const namespace = kustomization.namespace;
    manifests = manifests.map((m) => ({ ...m, metadata: { ...m.metadata, namespace } }));
  }
  for (const image of kustomization.images ?? []) manifests.forEach((m) => setImages(m, image));
  for (const r of kustomization.replicas ?? []) {
    const target = manifests.find((m) => m.kind === 'Deployment' && m.metadata.name === r.name);
    if (!target) throw new Error(`replicas: no Deployment ${r.name}`);
    (target.spec as JsonObject).replicas = r.count;
  }
  return manifests;
}

export function readManifests(file: string): Manifest[] {
  return loadAll(readFileSync(file, 'utf8')).filter((d): d is Manifest => isObject(d));
}

/**
 * Strategic merge as Kubernetes does it for the fields patched here: maps merge key by key, lists of
 * named items (containers, env, volumes) merge item by item on `name`, other lists are replaced.
 */
export function strategicMerge(base: Json, patch: Json): Json {
  if (isObject(base) && isObject(patch)) {
    const out: JsonObject = { ...base };
    for (const [k, v] of Object.entries(patch)) out[k] = k in base ? strategicMerge(base[k], v) : v;
    return out;
  }
  if (Array.isArray(base) && Array.isArray(patch) && [...base, ...patch].every((i) => isObject(i) && typeof i.name === 'string')) {
    const out = base.map((item) => {
      const update = patch.find((p) => (p as JsonObject).name === (item as JsonObject).name);
      return update ? strategicMerge(item, update) : item;
    });
    for (const p of patch) if (!base.some((b) => (b as JsonObject).name === (p as JsonObject).name)) out.push(p);
    return out;
  }
  return patch;
}

function setImages(manifest: Manifest, image: { name: string; newName?: string; newTag?: string }): void {
  const pod = podSpec(manifest);
  if (!pod) return;
  for (const c of [...((pod.containers as JsonObject[]) ?? []), ...((pod.initContainers as JsonObject[]) ?? [])]) {
    const current = String(c.image);
    const at = current.lastIndexOf(':');
    const [name, tag] = at > current.lastIndexOf('/') ? [current.slice(0, at), current.slice(at + 1)] : [current, undefined];
    if (name !== image.name) continue;
    const newTag = image.newTag ?? tag;
    c.image = `${image.newName ?? name}${newTag ? `:${newTag}` : ''}`;
  }
}

/** The pod spec of a Deployment or Job, or null for other kinds. */
export function podSpec(manifest: Manifest): JsonObject | null {
  if (manifest.kind !== 'Deployment' && manifest.kind !== 'Job') return null;
  const template = (manifest.spec as JsonObject).template as JsonObject;
  return template.spec as JsonObject;
}
