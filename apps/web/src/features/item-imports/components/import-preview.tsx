import type { ImportError, ImportRow } from '@whispergifts/api-client';
import { useT, type Translate } from '@/lib/i18n';
import { formatMoney, formatPriceHint } from '@/lib/money';

interface ImportPreviewProps {
  rows: ImportRow[];
  errors: ImportError[];
  currency: string;
}

/** What a row will add, in one line: the price hint and units for a gift, the target for a fund or group gift. */
function amounts(t: Translate, row: ImportRow, currency: string): string {
  if (row.kind !== 'gift')
    return row.targetAmount === null ? t('gifts:import.no-target') : t('gifts:import.target', { amount: formatMoney(row.targetAmount, currency) });
  const price = formatPriceHint(row.priceMin, row.priceMax, currency) ?? t('gifts:editor.no-price');
  return `${price} · ${row.quantity === null ? t('gifts:import.unlimited') : t('gifts:import.wanted', { count: row.quantity })}`;
}

/**
 * The file's rows as they will be added, each with its own problems beside it (row numbers as the spreadsheet shows
 * them, so the couple can find the cell), rows with problems first in their own count.
 */
export function ImportPreview({ rows, errors, currency }: ImportPreviewProps) {
  const t = useT('gifts');
  const byRow = new Map<number, ImportError[]>();
  for (const error of errors) byRow.set(error.row, [...(byRow.get(error.row) ?? []), error]);
  const invalid = rows.filter((row) => !row.valid).length;
  return (
    <div className="stack">
      <p role="status">{invalid === 0 ? t('gifts:import.ready', { count: rows.length }) : t('gifts:import.invalid', { count: invalid, total: rows.length })}</p>
      {/* Scrolls on its own when long, so it takes the keyboard focus to scroll with the arrow keys. */}
      <div className="table-scroll import-preview" role="region" aria-label={t('gifts:import.preview-label')} tabIndex={0}>
        <table className="import-table">
          <caption className="visually-hidden">{t('gifts:import.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('gifts:import.col.row')}</th>
              <th scope="col">{t('gifts:import.col.gift')}</th>
              <th scope="col">{t('gifts:import.col.kind')}</th>
              <th scope="col">{t('gifts:import.col.problems')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const problems = byRow.get(row.row) ?? [];
              return (
                <tr key={row.row} className={problems.length ? 'import-row-invalid' : undefined}>
                  <td>
                    <span className="import-cell-label">{`${t('gifts:import.col.row')} `}</span>
                    {row.row}
                  </td>
                  <th scope="row">
                    {row.name || <span className="muted">{t('gifts:import.no-name')}</span>}
                    {row.category && <span className="import-meta">{row.category}</span>}
                  </th>
                  <td>{`${t('gifts:kind', { kind: row.kind === 'group-gift' ? 'group' : row.kind })} · ${amounts(t, row, currency)}`}</td>
                  <td>
                    {problems.length === 0 ? (
                      <span className="visually-hidden">{t('gifts:import.none')}</span>
                    ) : (
                      <ul className="import-problems" aria-label={t('gifts:import.problems-label', { row: row.row })}>
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
