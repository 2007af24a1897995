import { ProblemException } from '../problem/problem';
import { jsonDepthExceeds, refuseUnsafeText } from './input-guards';

describe('jsonDepthExceeds', () => {
  it('counts arrays and objects inside each other', () => {
    expect(jsonDepthExceeds('{"a":[1,{"b":[]}]}', 4)).toBe(false);
    expect(jsonDepthExceeds('{"a":[1,{"b":[]}]}', 3)).toBe(true);
    expect(jsonDepthExceeds('[[],[],[],[]]', 2)).toBe(false);
    expect(jsonDepthExceeds('['.repeat(90_000) + ']'.repeat(90_000), 32)).toBe(true);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(jsonDepthExceeds('{"a":"[[[[{{{{"}', 1)).toBe(false);
    expect(jsonDepthExceeds('{"a":"\\"[[[[","b":"\\\\"}', 1)).toBe(false);
    expect(jsonDepthExceeds('{"a":"\\\\","b":[[]]}', 2)).toBe(true);
  });
});

describe('refuseUnsafeText', () => {
  const errorsOf = (value: unknown) => {
    try {
      refuseUnsafeText(value);
      return [];
    } catch (error) {
      expect(error).toBeInstanceOf(ProblemException);
      expect((error as ProblemException).getStatus()).toBe(400);
      return (error as ProblemException).body.errors;
    }
  };

  it('lets ordinary text through, emoji and every script included', () => {
    expect(errorsOf({ name: 'Ana & Ben 💍 — 結婚式, Ünïcödé', list: ['a', 1, null, true], nested: { deep: ['ok'] } })).toEqual([]);
  });

  it('names each string holding a NUL or a lone surrogate by its JSON Pointer', () => {
    expect(errorsOf({ email: 'a\u0000@x.com', ok: 'fine', emails: ['b@x.com', 'c\ud800@x.com'], o: { 'a/b': '\udc00x' } })).toEqual([
      { pointer: '#/email', code: 'invalid-text', detail: 'email must not contain the NUL character (U+0000)' },
      { pointer: '#/emails/1', code: 'invalid-text', detail: 'value must be valid Unicode text (it holds an unpaired surrogate)' },
      { pointer: '#/o/a~1b', code: 'invalid-text', detail: 'a/b must be valid Unicode text (it holds an unpaired surrogate)' },
    ]);
  });

  it('checks field names too', () => {
    expect(errorsOf({ 'bad\u0000key': 'x' })).toEqual([
      { pointer: '#/bad\u0000key', code: 'invalid-text', detail: 'field names must not contain the NUL character (U+0000)' },
    ]);
  });

  it('accepts paired surrogates in either order of appearance', () => {
    expect(errorsOf('\ud83d\udc8d\ud83d\udc8d')).toEqual([]);
    expect(errorsOf('\udc8d\ud83d')).toHaveLength(1);
  });
});
