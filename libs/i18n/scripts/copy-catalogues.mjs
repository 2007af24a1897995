// The runtime image keeps only each library's dist/ (Dockerfile), so the catalogues travel inside it.
import { cpSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const lib = join(dirname(fileURLToPath(import.meta.url)), '..');
rmSync(join(lib, 'dist/catalogues'), { recursive: true, force: true });
cpSync(join(lib, 'catalogues'), join(lib, 'dist/catalogues'), { recursive: true });
