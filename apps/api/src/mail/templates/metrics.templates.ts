import { html } from '../html';
import type { Template } from './template';

interface DayRow {
  day: string;
  signups: number;
  registries: number;
  items: number;
  reservations: number;
  upgrades: number;
}

/** To the administrators (ADMIN_EMAILS): what was created on one UTC day, as stored in daily_metrics. */
export const dailyMetricsDigest: Template = async (payload, { db, config }) => {
  if (!config.adminEmails.length) return null;
  const [row] = (await db.query('SELECT day::text AS day, signups, registries, items, reservations, upgrades FROM daily_metrics WHERE day = $1', [
    payload.day,
  ])) as DayRow[];
  if (!row) return null;
  const lines: [string, number][] = [
    ['Sign-ups', row.signups],
    ['New registries', row.registries],
    ['New items', row.items],
    ['Reservations', row.reservations],
    ['Upgrades', row.upgrades],
  ];
  const date = new Date(`${row.day}T00:00:00Z`).toLocaleDateString('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return {
    to: config.adminEmails,
    content: {
      subject: `WhisperGifts daily metrics for ${row.day}`,
      text: [`What happened on ${date} (UTC):`, '', ...lines.map(([label, count]) => `${label}: ${count}`)].join('\n'),
      body: html`<p>What happened on <strong>${date}</strong> (UTC):</p>
        <table role="presentation" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
          ${lines.map(
            ([label, count]) =>
              html`<tr>
                <td style="border-bottom:1px solid #f0e4e0">${label}</td>
                <td align="right" style="border-bottom:1px solid #f0e4e0"><strong>${count}</strong></td>
              </tr>`,
          )}
        </table>`,
    },
  };
};
