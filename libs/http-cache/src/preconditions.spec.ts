import { entityTag, parseTagList, versionFromTag } from './etag';
import { evaluatePreconditions } from './preconditions';

const current = {
  etag: entityTag({ schemaRevision: '1', id: 'abc', version: 7, variant: 'public' }),
  lastModified: new Date('2026-11-23T10:00:00.750Z'),
};
const other = entityTag({ schemaRevision: '1', id: 'abc', version: 6, variant: 'public' });
const strongSame = current.etag.replace('W/', '');
const LM = 'Mon, 23 Nov 2026 10:00:00 GMT';
const BEFORE = 'Mon, 23 Nov 2026 09:59:59 GMT';
const AFTER = 'Mon, 23 Nov 2026 10:00:01 GMT';

describe('evaluatePreconditions (RFC 9110 §13.2.2)', () => {
  it.each([
    // [method, headers, expected]
    ['GET', {}, 'proceed'],
    // If-None-Match: weak comparison, lists, *
    ['GET', { 'if-none-match': current.etag }, 'not-modified'],
    ['HEAD', { 'if-none-match': current.etag }, 'not-modified'],
    ['GET', { 'if-none-match': strongSame }, 'not-modified'],
    ['GET', { 'if-none-match': other }, 'proceed'],
    ['GET', { 'if-none-match': `${other}, ${current.etag}` }, 'not-modified'],
    ['GET', { 'if-none-match': `${other},${strongSame}` }, 'not-modified'],
    ['GET', { 'if-none-match': '*' }, 'not-modified'],
    ['PATCH', { 'if-none-match': current.etag }, 'precondition-failed'],
    ['PATCH', { 'if-none-match': '*' }, 'precondition-failed'],
    // If-Modified-Since: only for GET/HEAD, only without If-None-Match; whole seconds
    ['GET', { 'if-modified-since': LM }, 'not-modified'],
    ['GET', { 'if-modified-since': AFTER }, 'not-modified'],
    ['GET', { 'if-modified-since': BEFORE }, 'proceed'],
    ['GET', { 'if-modified-since': 'not a date' }, 'proceed'],
    ['PATCH', { 'if-modified-since': LM }, 'proceed'],
    ['GET', { 'if-none-match': other, 'if-modified-since': AFTER }, 'proceed'],
    ['GET', { 'if-none-match': current.etag, 'if-modified-since': BEFORE }, 'not-modified'],
    // If-Match: before everything else
    ['PATCH', { 'if-match': current.etag }, 'proceed'],
    ['PATCH', { 'if-match': other }, 'precondition-failed'],
    ['PATCH', { 'if-match': `${other}, ${current.etag}` }, 'proceed'],
    ['PATCH', { 'if-match': '*' }, 'proceed'],
    ['GET', { 'if-match': other }, 'precondition-failed'],
    ['GET', { 'if-match': current.etag, 'if-none-match': current.etag }, 'not-modified'],
    ['PATCH', { 'if-match': other, 'if-none-match': other }, 'precondition-failed'],
    // If-Unmodified-Since: only without If-Match
    ['PATCH', { 'if-unmodified-since': LM }, 'proceed'],
    ['PATCH', { 'if-unmodified-since': AFTER }, 'proceed'],
    ['PATCH', { 'if-unmodified-since': BEFORE }, 'precondition-failed'],
    ['PATCH', { 'if-unmodified-since': 'garbage' }, 'proceed'],
    ['PATCH', { 'if-match': current.etag, 'if-unmodified-since': BEFORE }, 'proceed'],
    ['DELETE', { 'if-unmodified-since': BEFORE }, 'precondition-failed'],
  ] as const)('%s %j → %s', (method, headers, expected) => {
    expect(evaluatePreconditions(method, headers, current)).toBe(expected);
  });

  it('treats a missing resource as matching no tag, not even *', () => {
    expect(evaluatePreconditions('PATCH', { 'if-match': '*' }, { etag: null, lastModified: null })).toBe('precondition-failed');
    expect(evaluatePreconditions('GET', { 'if-none-match': '*' }, { etag: null, lastModified: null })).toBe('proceed');
  });

  it('uses a custom If-Match comparison, e.g. by version', () => {
    const byVersion = { ...current, matchesForWrite: (tag: string) => versionFromTag(tag, '1', 'abc') === 7 };
    // A proxy turned our tag into another variant's or weakened it: the version still matches.
    expect(evaluatePreconditions('PATCH', { 'if-match': entityTag({ schemaRevision: '1', id: 'abc', version: 7, variant: 'owner' }) }, byVersion)).toBe(
      'proceed',
    );
    expect(evaluatePreconditions('PATCH', { 'if-match': other }, byVersion)).toBe('precondition-failed');
  });
});

describe('entity tags', () => {
  it('parses lists with weak and strong tags', () => {
    expect(parseTagList('W/"a", "b" ,W/"c"')).toEqual(['W/"a"', '"b"', 'W/"c"']);
    expect(parseTagList('*')).toEqual(['*']);
  });

  it('reads the version back only from our own tags for this resource', () => {
    expect(versionFromTag(current.etag, '1', 'abc')).toBe(7);
    expect(versionFromTag(strongSame, '1', 'abc')).toBe(7);
    expect(versionFromTag(current.etag, '2', 'abc')).toBeNull();
    expect(versionFromTag(current.etag, '1', 'xyz')).toBeNull();
    expect(versionFromTag('"something else"', '1', 'abc')).toBeNull();
  });
});
