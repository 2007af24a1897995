import { EPC_MAX_BYTES, epcPayload } from './epc';

const base = { bic: 'COBADEFFXXX', name: 'Ana Silva', iban: 'DE89 3704 0044 0532 0130 00', amountMinor: 5000, currency: 'EUR', remittance: 'WG-7K3F' };

describe('epcPayload (EPC069-12, version 002)', () => {
  it('writes the fields in order, LF-separated, without a trailing line feed', () => {
    const lines = epcPayload(base)!.split('\n');
    expect(lines[0]).toBe('BCD'); // service tag
    expect(lines[1]).toBe('002'); // version
    expect(lines[2]).toBe('1'); // character set: UTF-8
    expect(lines[3]).toBe('SCT'); // identification
    expect(lines[4]).toBe('COBADEFFXXX'); // BIC
    expect(lines[5]).toBe('Ana Silva'); // beneficiary name
    expect(lines[6]).toBe('DE89370400440532013000'); // IBAN, electronic format
    expect(lines[7]).toBe('EUR50.00'); // amount
    expect(lines[8]).toBe(''); // purpose
    expect(lines[9]).toBe(''); // structured reference
    expect(lines[10]).toBe('WG-7K3F'); // unstructured remittance
    expect(lines).toHaveLength(11); // beneficiary-to-originator information: empty, so left out
    expect(epcPayload(base)).not.toMatch(/\r|\n$/);
  });

  it('leaves the BIC line empty when none is given (optional in version 002)', () => {
    expect(epcPayload({ ...base, bic: null })!.split('\n')[4]).toBe('');
  });

  it('writes amounts with two decimals, from EUR0.01 to EUR999999999.99', () => {
    expect(epcPayload({ ...base, amountMinor: 1 })!.split('\n')[7]).toBe('EUR0.01');
    expect(epcPayload({ ...base, amountMinor: 123456 })!.split('\n')[7]).toBe('EUR1234.56');
    expect(epcPayload({ ...base, amountMinor: 99_999_999_999 })!.split('\n')[7]).toBe('EUR999999999.99');
    expect(epcPayload({ ...base, amountMinor: 100_000_000_000 })).toBeNull();
    expect(epcPayload({ ...base, amountMinor: 0 })).toBeNull();
    expect(epcPayload({ ...base, amountMinor: 1.5 })).toBeNull();
  });

  it('is null for another currency, without a valid IBAN or a name, with a bad BIC, or past the limits', () => {
    expect(epcPayload({ ...base, currency: 'GBP' })).toBeNull();
    expect(epcPayload({ ...base, iban: null })).toBeNull();
    expect(epcPayload({ ...base, iban: 'DE89370400440532013001' })).toBeNull();
    expect(epcPayload({ ...base, name: null })).toBeNull();
    expect(epcPayload({ ...base, bic: 'NOPE' })).toBeNull();
    expect(epcPayload({ ...base, name: 'x'.repeat(71) })).toBeNull();
    expect(epcPayload({ ...base, remittance: 'x'.repeat(141) })).toBeNull();
  });

  it('stays within 331 bytes in UTF-8 at the field limits, and refuses what would not', () => {
    const full = epcPayload({ ...base, name: 'é'.repeat(70), remittance: 'x'.repeat(140) });
    expect(full === null || Buffer.byteLength(full) <= EPC_MAX_BYTES).toBe(true);
    expect(epcPayload({ ...base, name: 'Zoë Müller', remittance: 'x'.repeat(140) })!.length).toBeLessThanOrEqual(EPC_MAX_BYTES);
    expect(epcPayload({ ...base, name: '😀'.repeat(70), remittance: 'x'.repeat(140) })).toBeNull();
  });
});
