import { isDeliverableEmail } from './validators';

describe('isDeliverableEmail', () => {
  it.each([
    'alex@example.com',
    'ana.maria@example.co.uk',
    'ben+wedding@example.com',
    "o'brien@example.ie",
    'first_last-1@sub.example.org',
    'a@b.cd',
    'x@xn--mller-kva.de',
    'x@müller.de', // sent as x@xn--mller-kva.de
    'x@example.xn--p1ai',
    `${'a'.repeat(64)}@example.com`,
  ])('accepts %s', (address) => {
    expect(isDeliverableEmail(address)).toBe(true);
  });

  it.each([
    ['"a,b"@example.com', 'quoted local part'],
    ['"ana"@example.com', 'quoted local part'],
    ['a@[127.0.0.1]', 'IP literal'],
    ['a@[IPv6:::1]', 'IPv6 literal'],
    ['a@127.0.0.1', 'dotted IP address'],
    ['a@localhost', 'no dot in the domain'],
    ['a@example', 'no top-level domain'],
    ['a@example.123', 'numeric top-level domain'],
    ['a@example.com.', 'trailing dot'],
    ['a@-example.com', 'label starts with a hyphen'],
    ['a@example-.com', 'label ends with a hyphen'],
    ['a@exa_mple.com', 'underscore in the domain'],
    ['a@exa..mple.com', 'empty label'],
    [`a@${'b'.repeat(64)}.com`, 'label over 63 characters'],
    [`${'a'.repeat(65)}@example.com`, 'local part over 64 characters'],
    [`a@${'b.'.repeat(126)}com`, 'over 254 characters'],
    ['.a@example.com', 'leading dot'],
    ['a.@example.com', 'trailing dot in the local part'],
    ['a..b@example.com', 'consecutive dots'],
    ['a b@example.com', 'space'],
    ['a(comment)@example.com', 'comment'],
    ['Ana <a@example.com>', 'display name'],
    ['a@b@example.com', 'two @'],
    ['müller@example.com', 'non-ASCII local part (needs SMTPUTF8)'],
    ['@example.com', 'empty local part'],
    ['a@', 'empty domain'],
    ['a', 'no @'],
    ['a\u0000@example.com', 'NUL'],
    ['a\ud800@example.com', 'lone surrogate'],
    ['a@exa\ud800mple.com', 'lone surrogate in the domain'],
    ['a@example.com\n', 'line break'],
    ['a@exam%70le.com', 'percent escape'],
    ['a@exa\tmple.com', 'tab'],
  ])('refuses %s (%s)', (address) => {
    expect(isDeliverableEmail(address)).toBe(false);
  });

  it('refuses what is not a string', () => {
    for (const value of [undefined, null, 42, ['a@example.com'], { email: 'a@example.com' }]) expect(isDeliverableEmail(value)).toBe(false);
  });
});
