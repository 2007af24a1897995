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

const giversText = (count: number) => (count === 0 ? 'Be the first to chip in' : `${count} ${count === 1 ? 'giver' : 'givers'}`);

/** How far a group gift or fund is: "€300.00 of €500.00 · 60%", a bar, and how many chipped in. */
export function MoneyProgress({ pledged, target, givers, currency, name }: MoneyProgressProps) {
  if (pledged === null || givers === null) {
    return (
      <div className="money-progress">
        <p>Give what you like</p>
      </div>
    );
  }
  if (target === null) {
    return (
      <div className="money-progress">
        <p>
          {pledged > 0 && <strong>{formatMoney(pledged, currency)} given</strong>}
          {pledged > 0 && ' · '}
          {giversText(givers)}
        </p>
      </div>
    );
  }
  // Overfunded funds go past 100%; the bar stops full.
  const percent = target > 0 ? Math.floor((pledged / target) * 100) : 0;
  return (
    <div className="money-progress">
      <p>
        <strong>{formatMoney(pledged, currency)}</strong> of {formatMoney(target, currency)} · {percent}%
      </p>
      <progress max={target} value={Math.min(pledged, target)} aria-label={`${name}: ${percent}% funded`} />
      <p className="money-progress-givers">{giversText(givers)}</p>
    </div>
  );
}
