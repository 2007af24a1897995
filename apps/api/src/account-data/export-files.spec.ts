import { csvText } from '../tracker/exports/csv-writer';
import { pledgeStage, reservationStage } from './export-files';

describe('the export’s files', () => {
  const at = new Date('2027-06-13T10:00:00Z');

  it('names a reservation’s stage by how far it got, whatever came before', () => {
    const active = { status: 'active' as const, boughtAt: null, receivedAt: null, thankedAt: null };
    expect(reservationStage(active)).toBe('reserved');
    expect(reservationStage({ ...active, boughtAt: at })).toBe('bought');
    expect(reservationStage({ ...active, receivedAt: at })).toBe('received');
    expect(reservationStage({ ...active, boughtAt: at, receivedAt: at, thankedAt: at })).toBe('thanked');
    expect(reservationStage({ ...active, status: 'held' })).toBe('held');
    // Cancelled or lapsed is said even if it had been bought: the gift is not on its way.
    expect(reservationStage({ ...active, status: 'cancelled', boughtAt: at })).toBe('cancelled');
    expect(reservationStage({ ...active, status: 'lapsed' })).toBe('lapsed');
  });

  it('names a pledge’s stage, received by its status', () => {
    const pledged = { status: 'pledged' as const, boughtAt: null, thankedAt: null };
    expect(pledgeStage(pledged)).toBe('pledged');
    expect(pledgeStage({ ...pledged, boughtAt: at })).toBe('bought');
    expect(pledgeStage({ ...pledged, status: 'received' })).toBe('received');
    expect(pledgeStage({ ...pledged, status: 'received', thankedAt: at })).toBe('thanked');
    expect(pledgeStage({ ...pledged, status: 'cancelled', thankedAt: at })).toBe('cancelled');
  });

  it('writes RFC 4180 CSV with a BOM, text quoted, and formulas defused', () => {
    const csv = csvText(
      ['name', 'note'],
      [
        ['=1+1', 'said "hi"'],
        ['+44 20', '-5'],
        ['@SUM(A1)', null],
        ['\tTab', 'line\nbreak'],
        [42, 'plain'],
      ],
    );
    // As the tracker's CSV writes them (one writer): text quoted, numbers bare, an absent value an empty field.
    expect(csv).toBe('\uFEFF"name","note"\r\n"\'=1+1","said ""hi"""\r\n"\'+44 20","\'-5"\r\n"\'@SUM(A1)",\r\n"\'\tTab","line\nbreak"\r\n42,"plain"\r\n');
  });
});
