import type { OwnerNotify, Registry } from '@whispergifts/api-client';
import { useState } from 'react';
import { Alert } from '@/components/alert';
import { useMe } from '@/features/accounts/api/get-me';
import { errorMessage } from '@/lib/form-errors';
import { useUpdateMyNotify } from '../api/update-my-notify';

const CHOICES: { value: OwnerNotify; label: string; hint: string }[] = [
  { value: 'each', label: 'An e-mail for each one', hint: 'As soon as a guest reserves a gift or pledges money.' },
  { value: 'digest', label: 'A daily digest', hint: "One e-mail in the morning listing the day before's, only on days with news." },
  { value: 'none', label: 'No e-mails', hint: 'You see everything on the dashboard.' },
];

/** How the signed-in owner hears of new reservations and pledges; their partner chooses for themself. Saved on change. */
export function NoticePreference({ registry }: { registry: Registry }) {
  const me = useMe();
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
      <h2 id="notices-title">How you hear of new gifts</h2>
      {update.isError && <Alert>{errorMessage(update.error)}</Alert>}
      <fieldset className="choice-list" disabled={update.isPending}>
        <legend>E-mails about new reservations and pledges</legend>
        <p className="field-hint">To {mine.email}. Your partner chooses for themself.</p>
        {CHOICES.map((choice) => (
          <label key={choice.value} className="checkbox">
            <input
              type="radio"
              name="notify"
              value={choice.value}
              checked={current === choice.value}
              onChange={() => choose(choice.value)}
              aria-describedby={`notify-${choice.value}-hint`}
            />
            <span>
              {choice.label}
              <span id={`notify-${choice.value}-hint`} className="field-hint">
                {' '}
                — {choice.hint}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      {update.isSuccess && !update.isPending && <Alert tone="success">Saved.</Alert>}
    </section>
  );
}
