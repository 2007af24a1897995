import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { loadConfig } from '../../apps/api/src/common/config/app-config';

/**
 * The Kubernetes manifests, checked offline (issue 19 §3): every object validated against the Kubernetes OpenAPI
 * schemas (kubernetes-models), the kustomization complete, and the operational rules this product depends on:
 * probes on the health endpoints, requests and limits on every container, an autoscaler and disruption budgets,
 * Services that select something, and a configuration the API itself accepts.
 */
interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; labels?: Record<string, string> };
  spec?: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  data?: Record<string, string>;
  stringData?: Record<string, string>;
}

const DIR = __dirname;
const kustomization = parseAllDocuments(readFileSync(join(DIR, 'kustomization.yaml'), 'utf8'))[0].toJS() as { resources: string[]; images: { name: string }[] };
const objects: K8sObject[] = kustomization.resources.flatMap((file) =>
  parseAllDocuments(readFileSync(join(DIR, file), 'utf8')).map((doc) => doc.toJS() as K8sObject),
);
const ofKind = (kind: string) => objects.filter((o) => o.kind === kind);
const named = (kind: string, name: string) => objects.find((o) => o.kind === kind && o.metadata.name === name);
const podSpecs = () => [...ofKind('Deployment'), ...ofKind('Job')].map((o) => ({ name: o.metadata.name, pod: o.spec!.template.spec }));

describe('deploy/k8s', () => {
  it('lists every manifest in the kustomization, and only files that exist', () => {
    const yamlFiles = readdirSync(DIR).filter((f) => f.endsWith('.yaml') && f !== 'kustomization.yaml');
    expect([...kustomization.resources].sort()).toEqual(yamlFiles.sort());
    for (const file of kustomization.resources) expect(existsSync(join(DIR, file))).toBe(true);
  });

  it('validates every object against the Kubernetes schemas', () => {
    expect(objects.length).toBeGreaterThan(10);
    const result = spawnSync(process.execPath, [join(DIR, 'validate.mjs')], { encoding: 'utf8' });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('probes the API on its liveness and readiness endpoints', () => {
    const api = named('Deployment', 'whispergifts-api')!.spec!.template.spec.containers[0];
    expect(api.livenessProbe.httpGet.path).toBe('/api/health');
    expect(api.readinessProbe.httpGet.path).toBe('/api/health/ready');
    for (const { name, pod } of podSpecs().filter((p) => p.name !== 'whispergifts-migrate')) {
      for (const container of pod.containers) {
        expect([name, Boolean(container.livenessProbe && container.readinessProbe)]).toEqual([name, true]);
      }
    }
  });

  it('gives every container CPU and memory requests and a memory limit', () => {
    for (const { name, pod } of podSpecs()) {
      for (const container of pod.containers) {
        const { requests, limits } = container.resources ?? {};
        expect([name, Boolean(requests?.cpu && requests?.memory && limits?.memory)]).toEqual([name, true]);
      }
    }
  });

  it('autoscales the API and keeps every Deployment available through disruptions', () => {
    const hpa = named('HorizontalPodAutoscaler', 'whispergifts-api')!;
    expect(hpa.spec!.scaleTargetRef).toMatchObject({ kind: 'Deployment', name: 'whispergifts-api' });
    expect(hpa.spec!.minReplicas).toBeGreaterThanOrEqual(2);
    for (const deployment of ofKind('Deployment')) {
      const labels = deployment.spec!.template.metadata.labels as Record<string, string>;
      expect(deployment.spec!.selector.matchLabels).toEqual(labels);
      const budget = ofKind('PodDisruptionBudget').find((pdb) => Object.entries(pdb.spec!.selector.matchLabels).every(([k, v]) => labels[k] === v));
      expect([deployment.metadata.name, Boolean(budget)]).toEqual([deployment.metadata.name, true]);
    }
  });

  it('has Services that select pods and an Ingress to a Service that exists', () => {
    const podLabels = ofKind('Deployment').map((d) => d.spec!.template.metadata.labels as Record<string, string>);
    for (const service of ofKind('Service')) {
      const selects = podLabels.some((labels) => Object.entries(service.spec!.selector).every(([k, v]) => labels[k] === v));
      expect([service.metadata.name, selects]).toEqual([service.metadata.name, true]);
    }
    for (const rule of ofKind('Ingress')[0].spec!.rules) {
      for (const path of rule.http.paths) expect(named('Service', path.backend.service.name)).toBeDefined();
    }
  });

  it('uses only images the kustomization pins, and the media volume claim that exists', () => {
    const pinned = kustomization.images.map((image) => image.name);
    for (const { pod } of podSpecs()) {
      for (const container of pod.containers) expect(pinned).toContain(container.image);
      for (const volume of pod.volumes ?? [])
        if (volume.persistentVolumeClaim) expect(named('PersistentVolumeClaim', volume.persistentVolumeClaim.claimName)).toBeDefined();
    }
  });

  it('sends the API and the worker through PgBouncer in transaction mode, and the migrations straight to the primary', () => {
    const secrets = named('Secret', 'whispergifts-secrets')!.stringData!;
    const service = named('Service', 'whispergifts-pgbouncer')!;
    expect(new URL(secrets.DATABASE_URL).host).toBe(`${service.metadata.name}:${service.spec!.ports[0].port}`);
    const envOf = (kind: string, name: string) =>
      named(kind, name)!.spec!.template.spec.containers[0].env as { name: string; value?: string; valueFrom?: any }[]; // eslint-disable-line @typescript-eslint/no-explicit-any
    const pooler = Object.fromEntries(envOf('Deployment', 'whispergifts-pgbouncer').map((e) => [e.name, e.value ?? e.valueFrom.secretKeyRef.key]));
    expect(pooler).toMatchObject({ DATABASE_URL: 'PRIMARY_DATABASE_URL', POOL_MODE: 'transaction' });
    const migrate = envOf('Job', 'whispergifts-migrate').find((e) => e.name === 'DATABASE_URL')!;
    expect(migrate.valueFrom.secretKeyRef.key).toBe('PRIMARY_DATABASE_URL');
    expect(new URL(secrets.PRIMARY_DATABASE_URL).host).not.toBe(new URL(secrets.DATABASE_URL).host);
  });

  it('configures the API with values its own config loader accepts', () => {
    const env = { ...named('ConfigMap', 'whispergifts-config')!.data, ...named('Secret', 'whispergifts-secrets')!.stringData };
    const config = loadConfig({ ...env, SESSION_SECRET: 'x'.repeat(48) });
    expect(config.nodeEnv).toBe('production');
    expect(config.metricsPort).toBe(9464);
  });
});
