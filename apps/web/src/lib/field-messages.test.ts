import { i18n } from '@lingui/core';
import { describe, expect, it } from 'vitest';
import { loadLanguageForTest } from '@/testing/catalogues';
import { fieldMessage } from './field-messages';

describe('fieldMessage: the API’s field error codes in the person’s words', () => {
  it('names the field as the form labels it, mid-sentence in lower case but keeping acronyms', () => {
    expect(fieldMessage({ code: 'required', detail: 'name must be longer than or equal to 1 characters' }, 'Your name')).toBe('Please fill in your name.');
    expect(fieldMessage({ code: 'required', detail: '' }, 'IBAN')).toBe('Please fill in IBAN.');
  });

  it('says the limit crossed, and drops "(optional)" or a currency from the label', () => {
    expect(fieldMessage({ code: 'too-long', limit: 2000, detail: '' }, 'A message to the couple (optional)')).toBe(
      'A message to the couple can be at most 2,000 characters. Please shorten it.',
    );
    expect(fieldMessage({ code: 'too-short', limit: 1, detail: '' }, 'Password')).toBe('Password needs at least 1 character.');
  });

  it('lets a form say it its own way for one code', () => {
    const amount = { label: 'Your amount', messages: { 'too-small': (min: number | undefined) => `Please give at least €${(min ?? 0) / 100}.` } };
    expect(fieldMessage({ code: 'too-small', limit: 500, detail: 'amount must be at least 500 (5.00 EUR)' }, amount)).toBe('Please give at least €5.');
    expect(fieldMessage({ code: 'required', detail: '' }, amount)).toBe('Please fill in your amount.');
  });

  it('reads well without a label, and falls back to the detail only where it has no sentence', () => {
    expect(fieldMessage({ code: 'invalid-email', detail: 'email must be an e-mail address' })).toMatch(/^This does not look like an e-mail address/);
    expect(fieldMessage({ code: 'invalid', detail: 'This link has expired or was used already.' })).toBe('This link has expired or was used already.');
    // A code a newer API added, which this build does not know yet.
    expect(fieldMessage({ code: 'brand-new' as 'invalid', detail: 'the developer sentence' }, 'Title')).toBe('the developer sentence');
  });

  it('speaks the active language, inserting the form’s own (translated) label', () => {
    loadLanguageForTest('de');
    i18n.activate('de');
    expect(fieldMessage({ code: 'required', detail: '' }, 'Ihr Name')).toBe('Bitte füllen Sie „Ihr Name“ aus.');
    expect(fieldMessage({ code: 'too-long', limit: 2000, detail: '' }, 'Eine Nachricht an das Brautpaar (optional)')).toBe(
      '„Eine Nachricht an das Brautpaar“ darf höchstens 2.000 Zeichen lang sein. Bitte kürzen Sie den Text.',
    );
    expect(fieldMessage({ code: 'too-short', limit: 1, detail: '' }, 'Passwort')).toBe('„Passwort“ braucht mindestens 1 Zeichen.');
    expect(fieldMessage({ code: 'invalid-email', detail: 'email must be an e-mail address' })).toMatch(/^Dieses Feld sieht nicht wie eine E-Mail-Adresse aus/);
    expect(fieldMessage({ code: 'required', detail: '' })).toBe('Bitte füllen Sie dieses Feld aus.');
    // A label a form has not translated yet still reads as a German sentence around it.
    expect(fieldMessage({ code: 'taken', detail: '' }, 'Address')).toBe('„Address“ ist bereits vergeben. Bitte versuchen Sie etwas anderes.');
  });

  it('counts in Arabic plurals', () => {
    loadLanguageForTest('ar');
    i18n.activate('ar');
    expect(fieldMessage({ code: 'too-short', limit: 2, detail: '' }, 'كلمة المرور')).toBe('يجب أن يحتوي «كلمة المرور» على حرفين على الأقل.');
    expect(fieldMessage({ code: 'too-short', limit: 8, detail: '' }, 'كلمة المرور')).toBe('يجب أن يحتوي «كلمة المرور» على 8 أحرف على الأقل.');
  });
});
