import { addDays, dayBefore, daysInRange, startOfDay, utcDay } from './days';

describe('UTC days', () => {
  it('reports on the previous UTC day, whatever the time of the run', () => {
    expect(dayBefore(new Date('2026-03-01T00:05:00Z'))).toBe('2026-02-28');
    expect(dayBefore(new Date('2026-03-01T23:59:59.999Z'))).toBe('2026-02-28');
    // 00:30 in Paris is still the previous evening in UTC.
    expect(dayBefore(new Date('2026-01-01T00:30:00+01:00'))).toBe('2025-12-30');
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });

  it('counts a range with both ends included', () => {
    expect(daysInRange('2026-01-01', '2026-01-01')).toBe(1);
    expect(daysInRange('2025-01-01', '2025-12-31')).toBe(365);
    expect(daysInRange('2026-01-02', '2026-01-01')).toBe(0);
  });

  it('starts a day at UTC midnight', () => {
    expect(startOfDay('2026-05-17').toISOString()).toBe('2026-05-17T00:00:00.000Z');
    expect(utcDay(new Date('2026-05-17T23:59:59Z'))).toBe('2026-05-17');
  });
});
