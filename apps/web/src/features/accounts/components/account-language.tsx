import { LANGUAGES, isLanguage } from '@whispergifts/i18n';
import type { User } from '@whispergifts/api-client';
import { Alert } from '@/components/alert';
import { SelectField } from '@/components/field';
import { errorMessage } from '@/lib/form-errors';
import { switchLanguage, useT } from '@/lib/i18n';
import { useUpdateMe } from '../api/update-me';

/**
 * The account's language: the dashboard's on every device, and the one WhisperGifts writes this account's e-mails
 * in. Each language is named in itself, so the couple finds theirs whatever the page is in now.
 */
export function AccountLanguage({ user }: { user: User }) {
  const t = useT('dashboard');
  const update = useUpdateMe();
  return (
    <section className="panel stack" aria-labelledby="account-language-title">
      <h2 id="account-language-title">{t('dashboard:account.language.title')}</h2>
      <p>{t('dashboard:account.language.intro')}</p>
      <SelectField
        label={t('dashboard:account.language.label')}
        name="language"
        value={update.variables?.language ?? user.language}
        disabled={update.isPending}
        onChange={(event) => {
          const language = event.target.value;
          if (isLanguage(language)) update.mutate({ language }, { onSuccess: () => void switchLanguage(language) });
        }}
      >
        {LANGUAGES.map((language) => (
          <option key={language.code} value={language.code} lang={language.code} dir={language.dir}>
            {language.name}
          </option>
        ))}
      </SelectField>
      {update.isError && <Alert>{errorMessage(update.error)}</Alert>}
      {update.isSuccess && <p role="status">{t('dashboard:account.language.saved')}</p>}
    </section>
  );
}
