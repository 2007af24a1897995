import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';

/**
 * Requests for the fuzz test, generated from openapi.yaml: every operation, with its path parameters, query,
 * headers and body drawn from the documented schemas, then mutated (wrong types, huge or broken text, deep
 * nesting, missing and unknown fields, other content types). A generated request is plain data; names of real
 * things (`{ real: 'registryId' }`) are filled in when it is sent, so the same seed gives the same requests.
 */

type Schema = {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  nullable?: boolean;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  example?: unknown;
  default?: unknown;
};
interface Parameter {
  in: 'path' | 'query' | 'header' | 'cookie';
  name: string;
  required?: boolean;
  schema?: Schema;
}
interface SpecOperation {
  operationId?: string;
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema: Schema }> };
  security?: Record<string, string[]>[];
}
interface Spec {
  paths: Record<string, Record<string, SpecOperation>>;
  components: { schemas: Record<string, Schema> };
}

export interface Operation {
  id: string;
  method: string;
  path: string;
  parameters: Parameter[];
  bodyTypes: string[];
  bodySchema?: Schema;
  bodyRequired: boolean;
}

/** A value known only when the request is sent: an id, slug or token of the test's own data. */
export interface Real {
  real: string;
}
export type Value = string | number | boolean | null | Real | Value[] | { [key: string]: Value } | { raw: string };
export const isReal = (value: unknown): value is Real => typeof value === 'object' && value !== null && 'real' in value;

export type Identity = 'anonymous' | 'session' | 'token' | 'admin';

export interface FuzzRequest {
  identity: Identity;
  method: string;
  /** Path segments: literal text, or a parameter (percent-encoded when sent, unless `raw`). */
  path: (string | { param: Value; raw?: boolean })[];
  trailing: '' | '/' | '//x' | '?';
  query: [string, Value][];
  headers: [string, string][];
  body?: Body;
}
export type Body =
  | { kind: 'json'; contentType: string; value: Value }
  | { kind: 'text'; contentType: string | undefined; text: string }
  | { kind: 'multipart'; contentType: string; parts: Part[]; broken: boolean };
export interface Part {
  name: string;
  filename?: string;
  type?: string;
  content: 'png' | 'garbage' | 'empty' | 'svg';
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

export function loadOperations(): { operations: Operation[]; schemas: Record<string, Schema> } {
  const spec = parse(readFileSync(resolve(__dirname, '../../../../openapi.yaml'), 'utf8')) as Spec;
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const content = operation.requestBody?.content ?? {};
      const bodyTypes = Object.keys(content);
      operations.push({
        id: operation.operationId ?? `${method} ${path}`,
        method: method.toUpperCase(),
        path,
        parameters: operation.parameters ?? [],
        bodyTypes,
        bodySchema: bodyTypes.length ? content[bodyTypes[0]].schema : undefined,
        bodyRequired: operation.requestBody?.required ?? false,
      });
    }
  }
  return { operations, schemas: spec.components.schemas };
}

// ---- values ---------------------------------------------------------------------------------------------------

/** Text that has broken real systems: NUL, lone surrogates, escapes, overlong, right-to-left, case-folding traps. */
const NASTY_TEXT = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udfff',
  '\udc00\ud800',
  '\ud83d\udc8d',
  '%00',
  '%ff',
  '%',
  '..',
  '../../etc/passwd',
  "' OR 1=1 --",
  '"; --',
  '<script>alert(1)</script>',
  '${7*7}',
  '{{7*7}}',
  '\r\n',
  '\t',
  '\u202eevil',
  '\ufeff',
  'İıſK',
  'ß',
  '０',
  '-1',
  '1e309',
  'NaN',
  'null',
  'true',
  '[]',
  '{}',
  '__proto__',
  'constructor',
  '0000-00-00',
  '2026-02-30',
  '9999-12-31T23:59:59Z',
  '"a,b"@example.com',
  'a@[127.0.0.1]',
  'may@example.com',
];
const SIZES = [255, 4_001, 20_000, 99_000, 200_000];

export const nastyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY_TEXT) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...SIZES), fc.constantFrom('x', 'é', '💍', '\u0000')).map(([n, c]) => c.repeat(Math.ceil(n / c.length))) },
);

const deepValue: fc.Arbitrary<Value> = fc.tuple(fc.constantFrom(33, 64, 500), fc.boolean()).map(([depth, arrays]) => {
  let value: Value = 'deep';
  for (let i = 0; i < depth; i++) value = arrays ? [value] : { a: value };
  return value;
});

export const nastyValue: fc.Arbitrary<Value> = fc.oneof(
  { weight: 5, arbitrary: nastyText },
  {
    weight: 3,
    arbitrary: fc.oneof(
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.constantFrom(0, -1, -0, 1.5, 2 ** 31, 2 ** 53 + 2, 1e300, -1e300),
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom<Value>(true, false, null, [], {}, [null], { '': '' }) },
  { weight: 1, arbitrary: fc.array(nastyText, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.dictionary(nastyText, nastyText, { maxKeys: 3 }) },
  { weight: 1, arbitrary: deepValue },
);

/** Real values by the name of the parameter or field that holds them. */
const REAL_NAMES: Record<string, string> = {
  registryId: 'registryId',
  itemId: 'itemId',
  tokenId: 'tokenId',
  reservationId: 'reservationId',
  userId: 'userId',
  slug: 'slug',
  host: 'host',
  token: 'token',
  email: 'email',
};

/** A value the schema allows (mostly; examples and edge values included), honouring the documented bounds. */
export function validValue(schema: Schema | undefined, schemas: Record<string, Schema>, name = '', depth = 0): fc.Arbitrary<Value> {
  if (!schema) return fc.constant(null);
  if (schema.$ref) return validValue(schemas[schema.$ref.split('/').pop()!], schemas, name, depth);
  const base = baseValue(schema, schemas, name, depth);
  return schema.nullable ? fc.oneof({ weight: 4, arbitrary: base }, { weight: 1, arbitrary: fc.constant(null) }) : base;
}

function baseValue(schema: Schema, schemas: Record<string, Schema>, name: string, depth: number): fc.Arbitrary<Value> {
  if (schema.enum) return fc.constantFrom(...(schema.enum as Value[]));
  const real = REAL_NAMES[name];
  switch (schema.type) {
    case 'integer':
    case 'number': {
      const min = schema.minimum ?? -1_000_000;
      const max = schema.maximum ?? 1_000_000;
      const whole = fc.integer({ min: Math.ceil(min), max: Math.floor(max) });
      return schema.type === 'integer' ? whole : fc.oneof(whole, fc.double({ min, max, noNaN: true }));
    }
    case 'boolean':
      return fc.boolean();
    case 'array': {
      if (name === 'itemIds') return fc.constantFrom<Value>([{ real: 'itemId' }, { real: 'itemId2' }], [{ real: 'itemId2' }, { real: 'itemId' }]);
      const items = validValue(schema.items, schemas, name.replace(/s$/, ''), depth + 1);
      return fc.array(items, { minLength: schema.minItems ?? 0, maxLength: Math.min(schema.maxItems ?? 3, 3) });
    }
    case 'object':
    case undefined: {
      if (!schema.properties || depth > 4) return fc.constant({});
      const model = Object.fromEntries(Object.entries(schema.properties).map(([key, property]) => [key, validValue(property, schemas, key, depth + 1)]));
      return fc.record(model, { requiredKeys: schema.required ?? [] }) as fc.Arbitrary<Value>;
    }
    default:
      return stringValue(schema, real);
  }
}

function stringValue(schema: Schema, real: string | undefined): fc.Arbitrary<Value> {
  // Mostly valid, so requests get past validation to the code behind it; the bounds themselves now and then.
  const options: fc.WeightedArbitrary<Value>[] = [];
  if (real) options.push({ weight: 6, arbitrary: fc.constant({ real }) });
  if (typeof schema.example === 'string') options.push({ weight: 3, arbitrary: fc.constant(schema.example) });
  const min = Math.max(schema.minLength ?? 0, 1);
  const max = Math.max(min, Math.min(schema.maxLength ?? 40, 40));
  const formatted: Record<string, fc.Arbitrary<Value>> = {
    uuid: fc.oneof(fc.uuid(), fc.constant({ real: 'itemId' })),
    email: fc.oneof(fc.constantFrom('may@example.com', 'Tom.Jones+gifts@Example.org'), fc.emailAddress()),
    date: fc.date({ min: new Date('1900-01-01'), max: new Date('2200-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    'date-time': fc.date({ min: new Date('1970-01-01'), max: new Date('2200-12-31'), noInvalidDate: true }).map((d) => d.toISOString()),
    uri: fc.oneof(fc.constantFrom('https://shop.example/toaster', 'http://example.com/a?b=c#d'), fc.webUrl()),
  };
  options.push({
    weight: 4,
    arbitrary:
      formatted[schema.format ?? ''] ??
      fc.oneof(
        fc.stringMatching(/^[A-Za-z][A-Za-z0-9 -]*$/).map((text) => text.slice(0, max)),
        fc.string({ unit: 'grapheme', minLength: min, maxLength: max }),
      ),
  });
  if (!schema.format) options.push({ weight: 2, arbitrary: fc.string({ minLength: min, maxLength: max }) });
  if (schema.maxLength) options.push({ weight: 1, arbitrary: fc.constantFrom('x'.repeat(schema.maxLength), 'x'.repeat(schema.maxLength + 1)) });
  return fc.oneof(...options);
}

// ---- mutations ------------------------------------------------------------------------------------------------

type Mutation =
  | { op: 'none' }
  | { op: 'drop'; pick: number }
  | { op: 'extra'; key: string; value: Value }
  | { op: 'replace'; pick: number; value: Value }
  | { op: 'whole'; value: Value };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 6, arbitrary: fc.constant<Mutation>({ op: 'none' }) },
  { weight: 2, arbitrary: fc.nat().map<Mutation>((pick) => ({ op: 'drop', pick })) },
  {
    weight: 1,
    arbitrary: fc
      .record({ key: fc.oneof(nastyText, fc.constantFrom('id', 'role', 'userId', 'version', '__proto__')), value: nastyValue })
      .map<Mutation>((m) => ({ op: 'extra', ...m })),
  },
  { weight: 6, arbitrary: fc.record({ pick: fc.nat(), value: nastyValue }).map<Mutation>((m) => ({ op: 'replace', ...m })) },
  { weight: 1, arbitrary: nastyValue.map<Mutation>((value) => ({ op: 'whole', value })) },
);

function mutate(value: Value, m: Mutation): Value {
  if (m.op === 'whole') return m.value;
  if (m.op === 'none' || !value || typeof value !== 'object' || Array.isArray(value) || isReal(value)) return value;
  const copy = { ...(value as Record<string, Value>) };
  const keys = Object.keys(copy);
  if (m.op === 'extra') copy[m.key] = m.value;
  else if (keys.length && m.op === 'drop') delete copy[keys[m.pick % keys.length]];
  else if (keys.length && m.op === 'replace') {
    const key = keys[m.pick % keys.length];
    // Inside an array now and then, where validators and parsers recurse.
    copy[key] = Array.isArray(copy[key]) && m.pick % 2 ? [...(copy[key] as Value[]), m.value] : m.value;
  }
  return copy;
}

/** JSON text that is not what it claims: broken, empty, nested past any limit, poisoned prototypes, raw bytes. */
const brokenJson = fc.constantFrom(
  '',
  '{',
  '{"a":}',
  'nul',
  '[1,2',
  '"\\ud800"',
  '{"__proto__":{"admin":true}}',
  '{"constructor":{"prototype":{"admin":true}}}',
  '['.repeat(90_000) + ']'.repeat(90_000),
  '{"a":'.repeat(20_000) + '1' + '}'.repeat(20_000),
  '\u0000',
  '\ufeff{}',
  '{"a":1}garbage',
  '{"a":1,"a":2}',
  '1e999999',
);

// ---- requests -------------------------------------------------------------------------------------------------

const identity = fc.constantFrom<Identity>('anonymous', 'session', 'token', 'admin');

function paramValue(parameter: Parameter, schemas: Record<string, Schema>): fc.Arbitrary<{ param: Value; raw?: boolean }> {
  const real = REAL_NAMES[parameter.name];
  return fc.oneof(
    ...(real ? [{ weight: 8, arbitrary: fc.constant({ param: { real } }) }] : []),
    { weight: 2, arbitrary: validValue(parameter.schema, schemas, parameter.name).map((param) => ({ param })) },
    { weight: 1, arbitrary: fc.uuid().map((param) => ({ param })) },
    { weight: 3, arbitrary: nastyText.filter((text) => text.length < 5000).map((param) => ({ param })) },
    // Escapes that do not decode, or decode to what a router must not see.
    {
      weight: 1,
      arbitrary: fc.constantFrom('%00', '%ff', '%E0%A4%A', '%', '%zz', '%2F', '%2e%2e', '..', '.', ';x', '%ED%A0%80').map((param) => ({ param, raw: true })),
    },
  );
}

function queryPairs(parameters: Parameter[], schemas: Record<string, Schema>): fc.Arbitrary<[string, Value][]> {
  const declared = parameters
    .filter((p) => p.in === 'query')
    .map((p) =>
      fc.oneof(
        { weight: 2, arbitrary: fc.constant<[string, Value][]>([]) },
        { weight: 3, arbitrary: validValue(p.schema, schemas, p.name).map<[string, Value][]>((v) => [[p.name, v]]) },
        { weight: 3, arbitrary: nastyText.filter((t) => t.length < 5000).map<[string, Value][]>((v) => [[p.name, v]]) },
        {
          weight: 1,
          arbitrary: fc.tuple(nastyText, nastyText).map<[string, Value][]>(([a, b]) => [
            [p.name, a.slice(0, 50)],
            [p.name, b.slice(0, 50)],
          ]),
        },
      ),
    );
  const extra = fc.oneof(
    { weight: 4, arbitrary: fc.constant<[string, Value][]>([]) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.oneof(fc.constantFrom('cb', 'limit', 'cursor', 'x[y]', '__proto__'), nastyText), nastyText)
        .map<[string, Value][]>(([k, v]) => [[k.slice(0, 50), v.slice(0, 200)]]),
    },
  );
  return fc.tuple(fc.tuple(...declared), extra).map(([lists, more]) => [...lists.flat(), ...more]);
}

/** Header values Node can send (no CR, LF or NUL): visible ASCII and Latin-1. */
const headerText = fc.oneof(
  fc.string({
    unit: fc
      .integer({ min: 0x20, max: 0xff })
      .filter((c) => c !== 0x7f)
      .map((c) => String.fromCharCode(c)),
    maxLength: 60,
  }),
  fc.constantFrom('', '*', 'W/"x"', '"0"', 'W/"r1-v1", "x"', 'Bearer', 'Bearer ', 'Bearer wgpat_nope', 'Basic YTpi', 'x'.repeat(9000)),
);

function headers(parameters: Parameter[], schemas: Record<string, Schema>): fc.Arbitrary<[string, string][]> {
  const declared = parameters
    .filter((p) => p.in === 'header')
    .map((p) =>
      fc.oneof(
        fc.constant<[string, string][]>([]),
        validValue(p.schema, schemas, p.name).map<[string, string][]>((v) => [
          [p.name, typeof v === 'string' ? v.replace(/[^\x20-\x7e]/g, '') : JSON.stringify(v)],
        ]),
        headerText.map<[string, string][]>((v) => [[p.name, v]]),
      ),
    );
  const general = fc.subarray(
    [
      'if-none-match',
      'if-match',
      'if-modified-since',
      'if-unmodified-since',
      'accept',
      'accept-encoding',
      'origin',
      'sec-fetch-site',
      'x-request-id',
      'authorization',
      'cookie',
      'x-forwarded-for',
      'x-forwarded-host',
      'range',
    ],
    { maxLength: 2 },
  );
  return fc
    .tuple(fc.tuple(...declared), general, fc.array(headerText, { minLength: 2, maxLength: 2 }))
    .map(([lists, names, values]) => [
      ...lists.flat(),
      ...names.map((name, i): [string, string] => [name, name === 'cookie' ? `wg_session=${values[i]}` : values[i]]),
    ]);
}

function body(operation: Operation, schemas: Record<string, Schema>): fc.Arbitrary<Body | undefined> {
  const jsonType = fc.oneof(
    { weight: 8, arbitrary: fc.constant('application/json') },
    { weight: 1, arbitrary: fc.constantFrom('application/json; charset=utf-8', 'application/JSON', 'application/json; charset=latin1', 'application/json;;') },
  );
  const otherType = fc.constantFrom(
    undefined,
    'text/plain',
    'application/x-www-form-urlencoded',
    'application/xml',
    'multipart/form-data; boundary=x',
    'application/problem+json',
    '*/*',
    ';',
  );
  const wrongBody = fc.oneof(
    fc.record({ kind: fc.constant('text' as const), contentType: jsonType, text: brokenJson }),
    fc.record({ kind: fc.constant('text' as const), contentType: otherType, text: fc.constantFrom('', 'a=1', '{"a":1}', '--x\r\n\r\n') }),
  );
  if (operation.bodyTypes.includes('multipart/form-data')) {
    const part = fc.record(
      {
        name: fc.oneof({ weight: 5, arbitrary: fc.constant('file') }, { weight: 1, arbitrary: fc.constantFrom('photo', '', 'file[]', '__proto__') }),
        filename: fc.constantFrom('photo.png', '', '../../x.png', 'a\u00e9.jpg', 'x'.repeat(300)),
        type: fc.constantFrom('image/png', 'image/jpeg', 'application/octet-stream', 'text/plain', ''),
        content: fc.constantFrom<Part['content']>('png', 'png', 'garbage', 'empty', 'svg'),
      },
      { requiredKeys: ['name', 'content'] },
    );
    return fc.oneof(
      {
        weight: 6,
        arbitrary: fc.record({
          kind: fc.constant('multipart' as const),
          contentType: fc.constant('multipart/form-data'),
          parts: fc.oneof({ weight: 3, arbitrary: part.map((p) => [p]) }, { weight: 1, arbitrary: fc.array(part, { maxLength: 3 }) }),
          broken: fc.boolean(),
        }),
      },
      { weight: 1, arbitrary: fc.constant(undefined) },
      { weight: 2, arbitrary: wrongBody },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('json' as const), contentType: jsonType, value: nastyValue }) },
    );
  }
  if (!operation.bodySchema) {
    return fc.oneof(
      { weight: 6, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: wrongBody },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('json' as const), contentType: jsonType, value: nastyValue }) },
    );
  }
  const json = fc
    .tuple(validValue(operation.bodySchema, schemas), mutation, jsonType)
    .map(([value, m, contentType]): Body => ({ kind: 'json', contentType, value: mutate(value, m) }));
  return fc.oneof({ weight: 10, arbitrary: json }, { weight: 2, arbitrary: wrongBody }, { weight: 1, arbitrary: fc.constant(undefined) });
}

export function requestsFor(operation: Operation, schemas: Record<string, Schema>): fc.Arbitrary<FuzzRequest> {
  const segments = operation.path
    .split('/')
    .slice(1)
    .map((segment) => {
      const name = /^\{(\w+)\}$/.exec(segment)?.[1];
      if (!name) return fc.constant<string | { param: Value; raw?: boolean }>(segment);
      const parameter = operation.parameters.find((p) => p.in === 'path' && p.name === name) ?? { in: 'path' as const, name };
      return paramValue(parameter, schemas);
    });
  return fc.record({
    identity,
    method: fc.oneof({ weight: 20, arbitrary: fc.constant(operation.method) }, { weight: 1, arbitrary: fc.constantFrom('HEAD', 'OPTIONS', 'PATCH', 'TRACE') }),
    path: fc.tuple(...segments),
    trailing: fc.oneof(
      { weight: 12, arbitrary: fc.constant<FuzzRequest['trailing']>('') },
      { weight: 1, arbitrary: fc.constantFrom<FuzzRequest['trailing']>('/', '//x', '?') },
    ),
    query: queryPairs(operation.parameters, schemas),
    headers: headers(operation.parameters, schemas),
    body: body(operation, schemas),
  });
}

// ---- encoding -------------------------------------------------------------------------------------------------

/** Percent-encodes like encodeURIComponent, but writes a lone surrogate as the bytes WTF-8 would (encodeURIComponent throws). */
export function percentEncode(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    if (code >= 0xd800 && code <= 0xdfff && !pair) {
      out += `%${(0xe0 | (code >> 12)).toString(16)}%${(0x80 | ((code >> 6) & 0x3f)).toString(16)}%${(0x80 | (code & 0x3f)).toString(16)}`.toUpperCase();
    } else {
      const char = pair ? text.slice(i, ++i + 1) : text[i];
      out += encodeURIComponent(char);
    }
  }
  return out;
}
