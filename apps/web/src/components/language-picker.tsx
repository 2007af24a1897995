import { LANGUAGES, isLanguage } from '@whispergifts/i18n';
import { chooseLanguage, currentLanguage, useT } from '@/lib/i18n';

/**
 * Every page's language switch. Each language is named in itself ("Deutsch", "العربية"), so a visitor finds theirs
 * whatever the page is in now; the choice is remembered on this device and wins over the couple's and the browser's.
 */
export function LanguagePicker() {
  const t = useT('common');
  return (
    <label className="language-picker">
      <span>{t('common:language.label')}</span>
      <select
        value={currentLanguage()}
        onChange={(event) => {
          if (isLanguage(event.target.value)) void chooseLanguage(event.target.value);
        }}
      >
        {LANGUAGES.map((language) => (
          <option key={language.code} value={language.code} lang={language.code} dir={language.dir}>
            {language.name}
          </option>
        ))}
      </select>
    </label>
  );
}
