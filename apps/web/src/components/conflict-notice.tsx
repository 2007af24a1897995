export interface ConflictRow {
  label: string;
  mine: string;
  current: string;
}

interface ConflictNoticeProps {
  rows: ConflictRow[];
  onReapply: () => void;
  onDiscard: () => void;
  busy?: boolean;
}

/**
 * Shown after a 412: someone saved a newer version while this one was being edited. Nothing was overwritten;
 * the person sees both and chooses. Re-applying sends only their own changes, on top of the current version.
 */
export function ConflictNotice({ rows, onReapply, onDiscard, busy }: ConflictNoticeProps) {
  return (
    <section className="alert alert-info conflict" role="alert" aria-labelledby="conflict-title">
      <h3 id="conflict-title">This was changed while you were editing</h3>
      <p>Your partner (or you, in another tab) saved a newer version. Nothing was overwritten. Compare, then choose:</p>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Your change</th>
              <th scope="col">Saved now</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                <td>{row.mine || '—'}</td>
                <td>{row.current || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={onReapply} disabled={busy}>
          Apply my changes to the new version
        </button>
        <button type="button" className="button" onClick={onDiscard} disabled={busy}>
          Keep the saved version
        </button>
      </div>
    </section>
  );
}
