import type { TrackerEntry } from '@whispergifts/api-client';
import { formatDateTime } from '@/lib/dates';
import { formatMoney } from '@/lib/money';
import { canMarkReceived, canMarkThanked, canUndoReceived, canUndoThanked, giftLine, isGone, stageLabels } from '../utils/stages';

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

const kindLabels: Record<TrackerEntry['kind'], string> = { reservation: 'Reservation', pledge: 'Money gift', offline: 'Given outside the list' };

function Amount({ entry }: { entry: TrackerEntry }) {
  if (entry.amount === null) return null;
  const received =
    entry.receivedAmount !== null && entry.receivedAmount !== entry.amount ? ` (${formatMoney(entry.receivedAmount, entry.currency)} received)` : '';
  return (
    <span className="tracker-amount">
      {formatMoney(entry.amount, entry.currency)}
      {received}
    </span>
  );
}

function Guest({ entry }: { entry: TrackerEntry }) {
  if (entry.personalDataErased) return <span className="tracker-muted">Guest’s details erased</span>;
  if (!entry.guest) return <span className="tracker-muted">Hidden until the reveal</span>;
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
  const steps = [
    entry.boughtAt && `Bought ${formatDateTime(entry.boughtAt)}`,
    entry.receivedAt && `Received ${formatDateTime(entry.receivedAt)}`,
    entry.thankedAt && `Thanked ${formatDateTime(entry.thankedAt)}`,
  ].filter(Boolean);
  return (
    <>
      <span className={`badge tracker-stage tracker-stage-${entry.stage}`}>{stageLabels[entry.stage]}</span>
      {steps.map((step) => (
        <span key={step as string} className="tracker-step">
          {step}
        </span>
      ))}
      {entry.thankNote && <span className="tracker-note">“{entry.thankNote}”</span>}
    </>
  );
}

/** One gift in the tracker: a table row on a laptop, a card on a phone (dashboard.css), a checklist line on paper. */
export function TrackerRow({ entry, selected, onSelect, busy, onReceived, onThank, onUnthank, onRemove }: TrackerRowProps) {
  const gift = giftLine(entry);
  // The visible words first in each button's name ("Mark thanked: Toaster from Aunt May"), as speech input needs.
  const who = entry.guest?.name ? ` from ${entry.guest.name}` : '';
  return (
    <tr className={isGone(entry) ? 'row-muted' : undefined}>
      <td className="tracker-select">
        {canMarkThanked(entry) && (
          <input type="checkbox" checked={selected} onChange={(e) => onSelect(entry, e.target.checked)} aria-label={`Select ${gift}${who}`} />
        )}
      </td>
      <th scope="row" className="tracker-gift">
        <span className="tracker-print-box" aria-hidden="true">
          {entry.stage === 'thanked' ? '☑' : '☐'}
        </span>
        <span className="tracker-gift-name">{gift}</span>
        <span className="tracker-meta">
          {kindLabels[entry.kind]}
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
            <button
              type="button"
              className="button button-small"
              disabled={busy}
              onClick={() => onReceived(entry, true)}
              aria-label={`Mark received: ${gift}${who}`}
            >
              Mark received
            </button>
          )}
          {canUndoReceived(entry) && (
            <button
              type="button"
              className="button button-small"
              disabled={busy}
              onClick={() => onReceived(entry, false)}
              aria-label={`Not received yet: ${gift}${who}`}
            >
              Not received yet
            </button>
          )}
          {canMarkThanked(entry) && (
            <button
              type="button"
              className="button button-small button-primary"
              disabled={busy}
              onClick={() => onThank(entry)}
              aria-label={`Mark thanked: ${gift}${who}`}
            >
              Mark thanked
            </button>
          )}
          {canUndoThanked(entry) && (
            <button
              type="button"
              className="button button-small"
              disabled={busy}
              onClick={() => onUnthank(entry)}
              aria-label={`Not thanked yet: ${gift}${who}`}
            >
              Not thanked yet
            </button>
          )}
          {entry.kind === 'offline' && (
            <button type="button" className="button button-small" disabled={busy} onClick={() => onRemove(entry)} aria-label={`Remove ${gift}${who}`}>
              Remove
            </button>
          )}
        </div>
      </td>
    </tr>
  );
}
