import { useEffect } from 'react';
import type { Language } from '@whispergifts/i18n';
import { currentLanguage, switchLanguage } from '@/lib/i18n';

/**
 * The dashboard and the admin area speak the account's language (Your account → Language) on every device, whatever
 * the device's own: once the account is known, switch to it. The footer picker still changes it for the visit.
 */
export function useAccountLanguage(language: Language | undefined): void {
  useEffect(() => {
    if (language && language !== currentLanguage()) void switchLanguage(language);
  }, [language]);
}
