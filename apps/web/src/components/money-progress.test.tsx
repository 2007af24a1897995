import { i18n } from '@lingui/core';
import { I18nProvider } from '@lingui/react';
import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { currentLocale, startLanguage } from '@/lib/i18n';
import { formatMoney } from '@/lib/money';
import { loadLanguageForTest } from '@/testing/catalogues';
import { MoneyProgress } from './money-progress';

const ARABIC_INDIC = /[\u0660-\u0669\u06f0-\u06f9]/;

afterEach(() => vi.unstubAllGlobals());

describe('numbers in Arabic: one numbering system, Western digits', () => {
  it('writes a fund’s amounts, percentage and givers in the same digits, even in an Egyptian browser', async () => {
    // ar-EG alone would make Intl write Arabic-Indic digits (١٢٣), and Lingui's plural `#` would not follow.
    vi.stubGlobal('navigator', { ...navigator, language: 'ar-EG', languages: ['ar-EG'] });
    loadLanguageForTest('ar');
    await startLanguage('ar', ['common', 'guest']);
    expect(currentLocale()).toBe('ar-EG-u-nu-latn');
    render(
      <I18nProvider i18n={i18n}>
        <Suspense>
          <MoneyProgress pledged={30_000} target={50_000} givers={12} currency="EUR" name="Honeymoon" />
        </Suspense>
      </I18nProvider>,
    );
    const text = (await screen.findByRole('progressbar')).closest('.money-progress')!.textContent!;
    expect(text).not.toMatch(ARABIC_INDIC);
    expect(text).toContain('60');
    expect(text).toContain('12');
    expect(text).toContain(formatMoney(50_000, 'EUR'));
    expect(formatMoney(50_000, 'EUR')).toMatch(/500/);
    expect(i18n._('guest:progress.givers', { count: 1234 })).toMatch(/1,234|1٬234|1234/);
    expect(i18n._('guest:progress.givers', { count: 1234 })).not.toMatch(ARABIC_INDIC);
  });
});
