import { Alert } from '@/components/alert';
import { formErrorsFrom } from '@/lib/form-errors';
import { useT } from '@/lib/i18n';
import { useForgetGuest } from '../api/forget-guest';
import { ConfirmAction } from './confirm-action';

/** "Forget me": the guest's name, e-mail, address and messages on this list are erased; what they gave stays counted. */
export function ForgetMe({ token, coupleNames, onForgotten }: { token: string; coupleNames: string; onForgotten: () => void }) {
  const t = useT('guest-pages');
  const forget = useForgetGuest(token);
  return (
    <section className="my-gifts-section" aria-labelledby="forget-me">
      <h2 id="forget-me">{t('guest-pages:my-gifts.forget.title')}</h2>
      <p>{t('guest-pages:my-gifts.forget.text', { couple: coupleNames })}</p>
      {forget.isError && <Alert>{formErrorsFrom(forget.error).summary}</Alert>}
      <ConfirmAction
        label={t('guest-pages:my-gifts.forget.title')}
        question={t('guest-pages:my-gifts.forget.question')}
        confirmLabel={t('guest-pages:my-gifts.forget.confirm')}
        pending={forget.isPending}
        onConfirm={() => forget.mutate(undefined, { onSuccess: onForgotten })}
      />
    </section>
  );
}
