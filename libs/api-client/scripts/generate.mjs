/* global URL, console, process */
// Writes src/schema.d.ts from the repository's openapi.yaml, or with --check fails when the committed file differs
// (the same drift check the API has for openapi.yaml itself). Output is run through Prettier so `npm run lint` agrees.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import * as prettier from 'prettier';

const source = new URL('../../../openapi.yaml', import.meta.url);
const target = fileURLToPath(new URL('../src/schema.d.ts', import.meta.url));
const banner = '// Generated from openapi.yaml by `npm run generate -w libs/api-client`. Do not edit.\n\n';

// Request fields with a server-side default (quantity, priority, theme...) stay optional for the client to send.
const ast = await openapiTS(source, { defaultNonNullable: false });
const config = await prettier.resolveConfig(target);
const generated = await prettier.format(banner + astToString(ast), { ...config, filepath: target });

if (!process.argv.includes('--check')) {
  writeFileSync(target, generated);
  console.log(`Wrote ${target}`);
} else if (readFileSync(target, 'utf8') !== generated) {
  console.error('libs/api-client/src/schema.d.ts is out of date with openapi.yaml. Run `npm run generate -w libs/api-client` and commit the result.');
  process.exit(1);
} else {
  console.log('libs/api-client/src/schema.d.ts matches openapi.yaml.');
}
