import type { ImportError, ImportRow } from '@whispergifts/api-client';
import { formatMoney, formatPriceHint } from '@/lib/money';

interface ImportPreviewProps {
  rows: ImportRow[];
  errors: ImportError[];
  currency: string;
}

const KIND_LABELS: Record<ImportRow['kind'], string> = { gift: 'Gift', fund: 'Fund', 'group-gift': 'Group gift' };

/** What a row will add, in one line: the price hint and units for a gift, the target for a fund or group gift. */
function amounts(row: ImportRow, currency: string): string {
  if (row.kind !== 'gift') return row.targetAmount === null ? 'No target' : `Target ${formatMoney(row.targetAmount, currency)}`;
  const price = formatPriceHint(row.priceMin, row.priceMax, currency) ?? 'No price hint';
  return `${price} · ${row.quantity === null ? 'unlimited' : `${row.quantity} wanted`}`;
}

/**
 * The file's rows as they will be added, each with its own problems beside it (row numbers as the spreadsheet shows
 * them, so the couple can find the cell), rows with problems first in their own count.
 */
export function ImportPreview({ rows, errors, currency }: ImportPreviewProps) {
  const byRow = new Map<number, ImportError[]>();
  for (const error of errors) byRow.set(error.row, [...(byRow.get(error.row) ?? []), error]);
  const invalid = rows.filter((row) => !row.valid).length;
  return (
    <div className="stack">
      <p role="status">
        {invalid === 0
          ? `${rows.length} ${rows.length === 1 ? 'gift is' : 'gifts are'} ready to add.`
          : `${invalid} of ${rows.length} rows ${invalid === 1 ? 'has' : 'have'} problems. Fix them in your spreadsheet and choose the file again.`}
      </p>
      {/* Scrolls on its own when long, so it takes the keyboard focus to scroll with the arrow keys. */}
      <div className="table-scroll import-preview" role="region" aria-label="Preview of your file" tabIndex={0}>
        <table className="import-table">
          <caption className="visually-hidden">The gifts in your file</caption>
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Gift</th>
              <th scope="col">Kind and price</th>
              <th scope="col">Problems</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const problems = byRow.get(row.row) ?? [];
              return (
                <tr key={row.row} className={problems.length ? 'import-row-invalid' : undefined}>
                  <td>
                    <span className="import-cell-label">Row </span>
                    {row.row}
                  </td>
                  <th scope="row">
                    {row.name || <span className="muted">(no name)</span>}
                    {row.category && <span className="import-meta">{row.category}</span>}
                  </th>
                  <td>{`${KIND_LABELS[row.kind]} · ${amounts(row, currency)}`}</td>
                  <td>
                    {problems.length === 0 ? (
                      <span className="visually-hidden">None</span>
                    ) : (
                      <ul className="import-problems" aria-label={`Problems in row ${row.row}`}>
                        {problems.map((problem) => (
                          <li key={`${problem.column}-${problem.code}`}>{problem.message}</li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
