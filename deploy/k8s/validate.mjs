// Validates every object the kustomization lists against the Kubernetes OpenAPI schemas, offline, with
// kubernetes-models (ESM-only, hence a script of its own; manifests.test.ts runs it). Prints each invalid object
// and exits 1; prints nothing and exits 0 when all are valid.
import { readFileSync } from 'node:fs';
import process from 'node:process';
import console from 'node:console';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';

const dir = dirname(fileURLToPath(import.meta.url));
const { resources } = parseAllDocuments(readFileSync(join(dir, 'kustomization.yaml'), 'utf8'))[0].toJS();
let invalid = 0;
for (const file of resources) {
  for (const doc of parseAllDocuments(readFileSync(join(dir, file), 'utf8'))) {
    const object = doc.toJS();
    const group = object.apiVersion.includes('/') ? object.apiVersion : 'v1';
    const { [object.kind]: Model } = await import(`kubernetes-models/${group}/${object.kind}`);
    try {
      new Model(object).validate();
    } catch (error) {
      invalid++;
      console.log(`${file}: ${object.kind} ${object.metadata?.name}: ${error.message}`);
    }
  }
}
process.exit(invalid ? 1 : 0);
