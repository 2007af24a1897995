import type { OwnerReservation } from '@whispergifts/api-client';

/** One CSV field: quoted when needed, and defused when a spreadsheet would read it as a formula. */
function field(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The thank-you list: who gave what, with their message. Guests are hidden in surprise mode, so is their column. */
export function reservationsCsv(reservations: OwnerReservation[]): string {
  const header = ['Gift', 'Quantity', 'Guest', 'E-mail', 'Message', 'Reserved at'];
  const rows = reservations.map((r) => [r.itemName, r.quantity, r.guest?.name ?? '', r.guest?.email ?? '', r.guest?.message ?? '', r.createdAt]);
  // A byte order mark so that Excel reads the names' accents as UTF-8.
  return '\uFEFF' + [header, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}
