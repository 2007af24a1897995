import { join } from 'node:path';
import { parse, type Token } from '@messageformat/parser';
import { LANGUAGE_CODES, NAMESPACE_NAMES } from '@whispergifts/i18n';
import { cataloguesDir, compileCatalogue, readAllCatalogues } from '@whispergifts/i18n/node';
import { FIELD_ERROR_CODES, NOT_FOUND_SUBJECTS, PROBLEM_TYPES } from '../common/problem/problem';
import { findKeyUsage } from './catalogue-keys';

/**
 * The catalogues are complete: every key used in code exists in every language, no key is unused, every message
 * is valid ICU MessageFormat with the same placeholders in every language. Fast and without a database.
 */
const repo = join(__dirname, '..', '..', '..', '..');
const catalogues = readAllCatalogues(cataloguesDir());
const usage = findKeyUsage([join(repo, 'apps/api/src'), join(repo, 'apps/web/src'), join(repo, 'libs/i18n/src')]);

/** Keys chosen at run time from a list in code: each family's members, as written in the catalogue. */
const FAMILIES: Record<string, readonly string[]> = {
  'problems:title.': Object.keys(PROBLEM_TYPES),
  'problems:not-found.': NOT_FOUND_SUBJECTS,
  'problems:field.': Object.keys(FIELD_ERROR_CODES),
};

const english = (ns: string) => catalogues.en?.[ns] ?? {};
const qualified = (ns: string) => Object.keys(english(ns)).map((key) => `${ns}:${key}`);
const allEnglishKeys = NAMESPACE_NAMES.flatMap(qualified);

/** `name:type` of every argument in a message, with select options, to compare languages (plural cases differ by language). */
function placeholders(tokens: Token[], into = new Set<string>()): Set<string> {
  for (const token of tokens) {
    if (token.type === 'content' || token.type === 'octothorpe') continue;
    if (token.type === 'argument') into.add(`${token.arg}:argument`);
    else if (token.type === 'function') into.add(`${token.arg}:${token.key}`);
    else {
      into.add(`${token.arg}:${token.type}`);
      if (token.type === 'select')
        into.add(
          `${token.arg}:options=${token.cases
            .map((c) => c.key)
            .sort()
            .join('|')}`,
        );
      for (const c of token.cases) placeholders(c.tokens, into);
    }
  }
  return into;
}

describe('message catalogues', () => {
  it('has a file for every language and namespace, and nothing else', () => {
    expect(Object.keys(catalogues).sort()).toEqual([...LANGUAGE_CODES].sort());
    for (const language of LANGUAGE_CODES) expect(Object.keys(catalogues[language]).sort()).toEqual([...NAMESPACE_NAMES].sort());
  });

  it('has every key used in code, in English', () => {
    const missing = [...usage.keys.keys()].filter((key) => !allEnglishKeys.includes(key)).map((key) => `${key} (${usage.keys.get(key)!.join(', ')})`);
    expect(missing).toEqual([]);
  });

  it('knows the members of every family of keys chosen at run time, and has them all', () => {
    expect([...usage.families.keys()].filter((prefix) => !(prefix in FAMILIES))).toEqual([]);
    const missing = Object.entries(FAMILIES).flatMap(([prefix, members]) => members.map((m) => prefix + m).filter((key) => !allEnglishKeys.includes(key)));
    expect(missing).toEqual([]);
  });

  it('has no unused key', () => {
    const members = new Set(Object.entries(FAMILIES).flatMap(([prefix, list]) => list.map((m) => prefix + m)));
    expect(allEnglishKeys.filter((key) => !usage.keys.has(key) && !members.has(key))).toEqual([]);
  });

  it.each(LANGUAGE_CODES.filter((l) => l !== 'en'))('has exactly the English keys in %s', (language) => {
    for (const ns of NAMESPACE_NAMES) {
      const keys = Object.keys(catalogues[language][ns] ?? {});
      const wanted = Object.keys(english(ns));
      expect({ ns, missing: wanted.filter((k) => !keys.includes(k)), unknown: keys.filter((k) => !wanted.includes(k)) }).toEqual({
        ns,
        missing: [],
        unknown: [],
      });
    }
  });

  it.each(LANGUAGE_CODES)('has valid ICU messages with the English placeholders in %s', (language) => {
    const wrong: string[] = [];
    for (const ns of NAMESPACE_NAMES) {
      for (const [key, message] of Object.entries(catalogues[language][ns] ?? {})) {
        try {
          compileCatalogue(ns, { [key]: message });
          const mine = [...placeholders(parse(message))].sort();
          const theirs = english(ns)[key] === undefined ? mine : [...placeholders(parse(english(ns)[key]))].sort();
          if (typeof message !== 'string' || !message.trim()) wrong.push(`${ns}:${key} is empty`);
          else if (mine.join() !== theirs.join()) wrong.push(`${ns}:${key} has ${mine.join(' ')} where English has ${theirs.join(' ')}`);
        } catch (error) {
          wrong.push(`${ns}:${key}: ${(error as Error).message}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
