import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { NAMESPACE_NAMES } from '@whispergifts/i18n';

/**
 * Where the catalogue's keys are used, found statically: every key is written as a literal `'ns:key'` (in
 * `t('guest:reserve.button')`, `msg('problems:…')`, `i18nKey="…"`), or, for a family of keys chosen at run time,
 * as a template literal with a literal prefix (`` `problems:title.${type}` ``) whose members the catalogue test
 * lists from code. Tests and comments are not usage: a key only a test names is unused.
 */
export interface KeyUsage {
  keys: Map<string, string[]>;
  families: Map<string, string[]>;
}

const ns = NAMESPACE_NAMES.join('|');
const LITERAL = new RegExp(`(['"\`])((?:${ns}):[A-Za-z0-9_.-]+)\\1`, 'g');
const FAMILY = new RegExp(`\`((?:${ns}):[A-Za-z0-9_.-]*)\\$\\{`, 'g');
const SOURCE = /\.(ts|tsx)$/;
const NOT_SOURCE = /(\.spec\.tsx?|\.test\.tsx?|\.d\.ts)$/;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (name === 'node_modules' || name === '__tests__' || name === 'dist') return [];
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : SOURCE.test(name) && !NOT_SOURCE.test(name) ? [path] : [];
  });
}

/** Block comments and whole-line `//` comments, where keys appear as examples, not uses. */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

export function findKeyUsage(roots: string[]): KeyUsage {
  const usage: KeyUsage = { keys: new Map(), families: new Map() };
  const add = (map: Map<string, string[]>, key: string, file: string) => map.set(key, [...(map.get(key) ?? []), file]);
  for (const file of roots.flatMap(walk)) {
    const text = withoutComments(readFileSync(file, 'utf8'));
    for (const m of text.matchAll(LITERAL)) add(usage.keys, m[2], file);
    for (const m of text.matchAll(FAMILY)) add(usage.families, m[1], file);
  }
  return usage;
}
