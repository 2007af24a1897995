import type { OwnerNotify, Registry } from '@whispergifts/api-client';
import { useState } from 'react';
import { Alert } from '@/components/alert';
import { useMe } from '@/features/accounts/api/get-me';
import { errorMessage } from '@/lib/form-errors';
import { useT } from '@/lib/i18n';
import { useUpdateMyNotify } from '../api/update-my-notify';

const CHOICES: readonly OwnerNotify[] = ['each', 'digest', 'none'];

/** How the signed-in owner hears of new reservations and pledges; their partner chooses for themself. Saved on change. */
export function NoticePreference({ registry }: { registry: Registry }) {
  const me = useMe();
  const t = useT('dashboard');
  const update = useUpdateMyNotify(registry.id);
  // The choice just made shows at once and while saving (which lasts until the registry has reloaded), not the
  // stored one: the mutation's own pending state reaches the component a tick later, and a controlled radio
  // would flick back in between.
  const [chosen, setChosen] = useState<OwnerNotify | null>(null);
  const mine = registry.owners.find((o) => o.id === me.data?.id);
  if (!mine) return null;
  const current = chosen ?? mine.notify;
  const choose = (value: OwnerNotify) => {
    setChosen(value);
    update.mutate(value, { onSettled: () => setChosen(null) });
  };

  return (
    <section className="panel" aria-labelledby="notices-title">
      <h2 id="notices-title">{t('dashboard:notices.title')}</h2>
      {update.isError && <Alert>{errorMessage(update.error)}</Alert>}
      <fieldset className="choice-list" disabled={update.isPending}>
        <legend>{t('dashboard:notices.legend')}</legend>
        <p className="field-hint">{t('dashboard:notices.to', { email: mine.email })}</p>
        {CHOICES.map((value) => (
          <label key={value} className="checkbox">
            <input
              type="radio"
              name="notify"
              value={value}
              checked={current === value}
              onChange={() => choose(value)}
              aria-describedby={`notify-${value}-hint`}
            />
            <span>
              {t('dashboard:notices.choice', { value })}
              <span id={`notify-${value}-hint`} className="field-hint">
                {' '}
                — {t('dashboard:notices.hint', { value })}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      {update.isSuccess && !update.isPending && <Alert tone="success">{t('dashboard:account.language.saved')}</Alert>}
    </section>
  );
}
