import { describe, expect, it } from 'vitest';
import { anOwnerReservation } from '@/testing/data';
import { reservationsCsv } from './csv';

describe('reservations CSV', () => {
  it('has a header, one row per reservation, quoting and a BOM for spreadsheets', () => {
    const csv = reservationsCsv([
      anOwnerReservation({
        itemName: 'Toaster',
        quantity: 2,
        guest: { name: 'May, Aunt', email: 'may@example.com', message: 'Say "hi"\nto Ben', address: null },
      }),
    ]);
    expect(csv).toBe(
      '\uFEFFGift,Quantity,Guest,E-mail,Message,Reserved at\r\n' + 'Toaster,2,"May, Aunt",may@example.com,"Say ""hi""\nto Ben",2026-11-21T09:30:00.000Z\r\n',
    );
  });

  it('defuses values a spreadsheet would run as formulas', () => {
    const csv = reservationsCsv([anOwnerReservation({ guest: { name: '=HYPERLINK("x")', email: 'a@example.com', message: '', address: null } })]);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('leaves guest columns empty when surprise mode hides them', () => {
    expect(reservationsCsv([anOwnerReservation({ itemName: 'Vase', guest: null })]).split('\r\n')[1]).toBe('Vase,1,,,,2026-11-21T09:30:00.000Z');
  });
});
