import { Trans } from '@lingui/react';
import { useT, type Translate } from '@/lib/i18n';
import { formatMoney } from '@/lib/money';

interface MoneyProgressProps {
  /** null with givers: the couple keeps this open-ended fund's totals private. */
  pledged: number | null;
  /** null: an open-ended fund, which shows what was given and by how many, without a bar. */
  target: number | null;
  givers: number | null;
  currency: string;
  /** Names the bar for screen readers ("Honeymoon fund: 40% funded"). */
  name: string;
}

const giversText = (count: number, t: Translate) => t('guest:progress.givers', { count });

/** How far a group gift or fund is: "€300.00 of €500.00 · 60%", a bar, and how many chipped in. */
export function MoneyProgress({ pledged, target, givers, currency, name }: MoneyProgressProps) {
  const t = useT('guest');
  if (pledged === null || givers === null) {
    return (
      <div className="money-progress">
        <p>{t('guest:progress.open')}</p>
      </div>
    );
  }
  if (target === null) {
    return (
      <div className="money-progress">
        <p>
          {pledged > 0 && <strong>{t('guest:progress.given', { amount: formatMoney(pledged, currency) })}</strong>}
          {pledged > 0 && ' · '}
          {giversText(givers, t)}
        </p>
      </div>
    );
  }
  // Overfunded funds go past 100%; the bar stops full.
  const percent = target > 0 ? Math.floor((pledged / target) * 100) : 0;
  return (
    <div className="money-progress">
      <p>
        <Trans
          id="guest:progress.of"
          values={{ pledged: formatMoney(pledged, currency), target: formatMoney(target, currency), percent }}
          components={{ 0: <strong /> }}
        />
      </p>
      <progress max={target} value={Math.min(pledged, target)} aria-label={t('guest:progress.label', { name, percent })} />
      <p className="money-progress-givers">{giversText(givers, t)}</p>
    </div>
  );
}
