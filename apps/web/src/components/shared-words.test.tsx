import { i18n } from '@lingui/core';
import { I18nProvider } from '@lingui/react';
import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { startLanguage } from '@/lib/i18n';
import { describeValue } from '@/lib/describe';
import { formatPriceHint } from '@/lib/money';
import { loadLanguageForTest } from '@/testing/catalogues';
import { ConflictNotice } from './conflict-notice';
import { Dialog } from './dialog';
import { ImagePicker, imageFileProblem } from './image-picker';

/** The shared pieces many screens use speak the page's language (German here), with no English sentence left. */
const inGerman = (ui: React.ReactNode) =>
  render(
    <I18nProvider i18n={i18n}>
      <Suspense>{ui}</Suspense>
    </I18nProvider>,
  );

afterEach(() => startLanguage('en'));

describe('the shared components in German', () => {
  it('words the photo field, its refusals, the conflict notice, the dialog’s close button, price hints and yes/no', async () => {
    loadLanguageForTest('de');
    await startLanguage('de', ['common']);
    inGerman(
      <>
        <ImagePicker label="Foto" image={null} busy={false} error={null} onChange={() => undefined} />
        <ConflictNotice rows={[{ label: 'Titel', mine: 'A', current: 'B' }]} onReapply={() => undefined} onDiscard={() => undefined} busy={false} />
        <Dialog title="Bearbeiten" onClose={() => undefined}>
          <p>…</p>
        </Dialog>
      </>,
    );
    expect(await screen.findByText('Noch kein Bild.')).toBeDefined();
    expect(screen.getByText('Bild hochladen')).toBeDefined();
    expect(screen.getByText('JPEG, PNG, WebP, AVIF oder HEIC, bis 10 MB.')).toBeDefined();
    expect(screen.getByRole('heading', { name: 'Dies wurde geändert, während Sie es bearbeitet haben' })).toBeDefined();
    expect(screen.getByRole('button', { name: 'Meine Änderungen auf die neue Fassung anwenden' })).toBeDefined();
    expect(screen.getByRole('button', { name: 'Schließen', hidden: true })).toBeDefined();
    expect(document.body.textContent).not.toMatch(/No image|Upload image|was changed|Keep the saved/);

    const big = new File([new Uint8Array(11 * 1024 * 1024)], 'hochzeit.jpg', { type: 'image/jpeg' });
    expect(imageFileProblem(big)).toBe('hochzeit.jpg ist 11,0 MB groß; ein Foto darf bis zu 10 MB haben. Bitte wählen Sie ein kleineres.');
    expect(imageFileProblem(new File(['x'], 'liste.pdf', { type: 'application/pdf' }))).toMatch(/^liste\.pdf ist kein Foto/);
    expect(formatPriceHint(4000, null, 'EUR')).toMatch(/^ab 40,00\s€$/);
    expect(formatPriceHint(null, 6000, 'EUR')).toMatch(/^bis 60,00\s€$/);
    expect([describeValue(true), describeValue(false)]).toEqual(['ja', 'nein']);
  });
});
