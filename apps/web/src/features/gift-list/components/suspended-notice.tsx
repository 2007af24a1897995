import { useT } from '@/lib/i18n';
import type { GiftListSuspension } from '@whispergifts/api-client';

/** What guests see instead of the gifts while an administrator has suspended the list. */
export function SuspendedNotice({ suspension }: { suspension: GiftListSuspension }) {
  const t = useT('guest');
  return (
    <section className="state-panel" aria-labelledby="suspended-title">
      <h2 id="suspended-title">{t('guest:suspended.heading')}</h2>
      <p>{suspension.reason}</p>
      <p className="muted">{t('guest:suspended.note')}</p>
    </section>
  );
}
