import type { TrackerEntry } from '@whispergifts/api-client';
import { formatDateTime } from '@/lib/dates';
import { useT } from '@/lib/i18n';
import { formatMoney } from '@/lib/money';
import { canMarkReceived, canMarkThanked, canUndoReceived, canUndoThanked, giftLine, isGone, stageLabel } from '../utils/stages';

export interface RowActions {
  onReceived: (entry: TrackerEntry, received: boolean) => void;
  onThank: (entry: TrackerEntry) => void;
  onUnthank: (entry: TrackerEntry) => void;
  onRemove: (entry: TrackerEntry) => void;
}

interface TrackerRowProps extends RowActions {
  entry: TrackerEntry;
  selected: boolean;
  onSelect: (entry: TrackerEntry, selected: boolean) => void;
  /** A mark is on its way: the buttons wait for it and for the list read after it. */
  busy: boolean;
}

function Amount({ entry }: { entry: TrackerEntry }) {
  const t = useT('tracker');
  if (entry.amount === null) return null;
  const received =
    entry.receivedAmount !== null && entry.receivedAmount !== entry.amount
      ? ` ${t('tracker:row.received-amount', { amount: formatMoney(entry.receivedAmount, entry.currency) })}`
      : '';
  return (
    <span className="tracker-amount">
      {formatMoney(entry.amount, entry.currency)}
      {received}
    </span>
  );
}

function Guest({ entry }: { entry: TrackerEntry }) {
  const t = useT('tracker');
  if (entry.personalDataErased) return <span className="tracker-muted">{t('tracker:row.erased')}</span>;
  if (!entry.guest) return <span className="tracker-muted">{t('tracker:row.hidden')}</span>;
  return (
    <>
      <span className="tracker-guest-name">{entry.guest.name}</span>
      {entry.guest.email && (
        <a className="tracker-guest-email" href={`mailto:${entry.guest.email}`}>
          {entry.guest.email}
        </a>
      )}
      {entry.guest.address && <address className="tracker-address">{entry.guest.address}</address>}
    </>
  );
}

/** When each step happened, newest last, so the couple sees how far the gift is. */
function StageText({ entry }: { entry: TrackerEntry }) {
  const t = useT('tracker');
  const steps = [
    entry.boughtAt && t('tracker:row.bought-at', { date: formatDateTime(entry.boughtAt) }),
    entry.receivedAt && t('tracker:row.received-at', { date: formatDateTime(entry.receivedAt) }),
    entry.thankedAt && t('tracker:row.thanked-at', { date: formatDateTime(entry.thankedAt) }),
  ].filter(Boolean);
  return (
    <>
      <span className={`badge tracker-stage tracker-stage-${entry.stage}`}>{stageLabel(t, entry.stage)}</span>
      {steps.map((step) => (
        <span key={step as string} className="tracker-step">
          {step}
        </span>
      ))}
      {entry.thankNote && <span className="tracker-note">{t('tracker:row.note', { note: entry.thankNote })}</span>}
    </>
  );
}

interface RowButtonProps {
  /** The accessible name: the visible words, then which gift ("Mark thanked: Toaster from Aunt May"). */
  name: string;
  busy: boolean;
  /** The row's main action (thanking the guest). */
  primary?: boolean;
  onClick: () => void;
  children: string;
}

/** One of a row's actions, each waiting while a mark is on its way. */
function RowButton({ name, busy, primary = false, onClick, children }: RowButtonProps) {
  return (
    <button
      type="button"
      className={primary ? 'button button-small button-primary' : 'button button-small'}
      disabled={busy}
      onClick={onClick}
      aria-label={name}
    >
      {children}
    </button>
  );
}

/** One gift in the tracker: a table row on a laptop, a card on a phone (dashboard.css), a checklist line on paper. */
export function TrackerRow({ entry, selected, onSelect, busy, onReceived, onThank, onUnthank, onRemove }: TrackerRowProps) {
  const t = useT('tracker');
  const gift = giftLine(entry);
  // The visible words first in each button's name ("Mark thanked: Toaster from Aunt May"), as speech input needs.
  const target = entry.guest?.name ? t('tracker:gift-from', { gift, guest: entry.guest.name }) : gift;
  return (
    <tr className={isGone(entry) ? 'row-muted' : undefined}>
      <td className="tracker-select">
        {canMarkThanked(entry) && (
          <input
            type="checkbox"
            checked={selected}
            onChange={(e) => onSelect(entry, e.target.checked)}
            aria-label={t('tracker:row.select-label', { target })}
          />
        )}
      </td>
      <th scope="row" className="tracker-gift">
        <span className="tracker-print-box" aria-hidden="true">
          {entry.stage === 'thanked' ? '☑' : '☐'}
        </span>
        <span className="tracker-gift-name">{gift}</span>
        <span className="tracker-meta">
          {t('tracker:kind', { kind: entry.kind })}
          {entry.category ? ` · ${entry.category}` : ''}
        </span>
        <Amount entry={entry} />
      </th>
      <td className="tracker-guest">
        <Guest entry={entry} />
      </td>
      <td className="tracker-message">{entry.guest?.message}</td>
      <td className="tracker-stage-cell">
        <StageText entry={entry} />
      </td>
      <td className="tracker-actions">
        <div className="tracker-action-buttons">
          {canMarkReceived(entry) && (
            <RowButton name={t('tracker:row.mark-received-label', { target })} busy={busy} onClick={() => onReceived(entry, true)}>
              {t('tracker:row.mark-received')}
            </RowButton>
          )}
          {canUndoReceived(entry) && (
            <RowButton name={t('tracker:row.not-received-label', { target })} busy={busy} onClick={() => onReceived(entry, false)}>
              {t('tracker:row.not-received')}
            </RowButton>
          )}
          {canMarkThanked(entry) && (
            <RowButton primary name={t('tracker:row.mark-thanked-label', { target })} busy={busy} onClick={() => onThank(entry)}>
              {t('tracker:row.mark-thanked')}
            </RowButton>
          )}
          {canUndoThanked(entry) && (
            <RowButton name={t('tracker:row.not-thanked-label', { target })} busy={busy} onClick={() => onUnthank(entry)}>
              {t('tracker:row.not-thanked')}
            </RowButton>
          )}
          {entry.kind === 'offline' && (
            <RowButton name={t('tracker:row.remove-label', { target })} busy={busy} onClick={() => onRemove(entry)}>
              {t('tracker:row.remove')}
            </RowButton>
          )}
        </div>
      </td>
    </tr>
  );
}
