/** "I bought it" (or "I sent it") and its undo: the same pair of buttons for a reservation and a pledge. */
export function BoughtToggle({
  bought,
  pending,
  onChange,
  labels,
}: {
  bought: boolean;
  pending: boolean;
  onChange: (bought: boolean) => void;
  labels: { mark: string; unmark: string };
}) {
  return bought ? (
    <button type="button" className="button button-small" disabled={pending} onClick={() => onChange(false)}>
      {labels.unmark}
    </button>
  ) : (
    <button type="button" className="button button-small button-primary" disabled={pending} onClick={() => onChange(true)}>
      {labels.mark}
    </button>
  );
}
