import { PREVIEW_FILE_NAME, formatEventDate, previewFileName, type PreviewFields } from './preview-design';

const FIELDS: PreviewFields = { title: 'Our wedding', coupleNames: 'Ana & Ben', eventDate: '2027-06-12', theme: 'classic', photo: null, language: 'en' };

describe('previewFileName', () => {
  it('is the same for the same fields, and a valid media name', () => {
    expect(previewFileName({ ...FIELDS })).toBe(previewFileName(FIELDS));
    expect(previewFileName(FIELDS)).toMatch(PREVIEW_FILE_NAME);
  });

  it.each([
    ['names', { coupleNames: 'Ana & Bea' }],
    ['title', { title: 'Our day' }],
    ['date', { eventDate: '2027-06-13' }],
    ['no date', { eventDate: null }],
    ['theme', { theme: 'midnight' as const }],
    ['photo', { photo: '0123456789abcdef0123456789abcdef.jpg' }],
    ['language (the date is written in it)', { language: 'de' as const }],
  ])('changes with the %s (media files are immutable, so a new picture needs a new name)', (_, change) => {
    expect(previewFileName({ ...FIELDS, ...change })).not.toBe(previewFileName(FIELDS));
  });
});

describe('formatEventDate', () => {
  it('formats the calendar date as written, whatever the time zone', () => {
    expect(formatEventDate('2027-06-12')).toBe('12 June 2027');
    expect(formatEventDate('2027-01-01')).toBe('1 January 2027');
    expect(formatEventDate(null)).toBeNull();
  });

  it('writes the date in the registry’s locale', () => {
    expect(formatEventDate('2027-06-12', 'de-DE')).toBe('12. Juni 2027');
    expect(formatEventDate('2027-06-12', 'es-ES')).toBe('12 de junio de 2027');
    expect(formatEventDate('2027-06-12', 'fr-FR')).toBe('12 juin 2027');
  });
});
