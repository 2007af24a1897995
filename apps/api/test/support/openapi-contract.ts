import Ajv, { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Response } from 'supertest';
import { parse } from 'yaml';

/**
 * Validates real responses against the committed openapi.yaml, so the spec cannot drift from what the API
 * sends. OpenAPI 3.0's `nullable` becomes a JSON Schema union before compiling.
 */
type Schema = Record<string, unknown>;
interface Operation {
  responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
}

const spec = parse(readFileSync(resolve(__dirname, '../../../../openapi.yaml'), 'utf8')) as {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
};
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
ajv.addSchema({ $id: 'openapi', components: { schemas: toJsonSchema(spec.components.schemas) } });
const compiled = new Map<string, ValidateFunction>();

export function expectMatchesSpec(response: Response, method: string, pathTemplate: string): void {
  const operation = spec.paths[pathTemplate]?.[method.toLowerCase()];
  if (!operation) throw new Error(`openapi.yaml has no ${method} ${pathTemplate}`);
  const status = String(response.status);
  const documented = operation.responses[status];
  if (!documented) throw new Error(`openapi.yaml does not document ${status} for ${method} ${pathTemplate}`);
  const contentType = String(response.headers['content-type'] ?? '').split(';')[0];
  if (!documented.content) {
    if (response.text) throw new Error(`${method} ${pathTemplate} ${status} is documented without a body but sent ${contentType}`);
    return;
  }
  const media = documented.content[contentType];
  if (!media) throw new Error(`${method} ${pathTemplate} ${status} sent ${contentType}; the spec says ${Object.keys(documented.content).join(', ')}`);
  const key = `${method} ${pathTemplate} ${status} ${contentType}`;
  let validate = compiled.get(key);
  if (!validate) {
    validate = ajv.compile(toJsonSchema(media.schema));
    compiled.set(key, validate);
  }
  if (!validate(response.body)) {
    throw new Error(
      `${key} does not match openapi.yaml:\n${ajv.errorsText(validate.errors, { separator: '\n' })}\nbody: ${JSON.stringify(response.body).slice(0, 2000)}`,
    );
  }
}

function toJsonSchema<T>(node: T): T {
  if (Array.isArray(node)) return node.map(toJsonSchema) as T;
  if (!node || typeof node !== 'object') return node;
  const entries = Object.entries(node as Schema).map(([key, value]) => {
    if (key === '$ref' && typeof value === 'string') return [key, value.replace('#/components/', 'openapi#/components/')];
    return [key, toJsonSchema(value)];
  });
  const schema = Object.fromEntries(entries) as Schema;
  if (schema.nullable === true) {
    delete schema.nullable;
    return { anyOf: [schema, { type: 'null' }] } as T;
  }
  return schema as T;
}
