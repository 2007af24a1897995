import { isClaimableHost, txtRecordName } from './platform-hosts';

describe('isClaimableHost', () => {
  const platform = ['whispergifts.com', 'localhost'];

  it.each(['gifts.ana-and-ben.com', 'ana-and-ben.com', 'whispergifts.com.example.org', 'notwhispergifts.com'])('accepts %s', (host) => {
    expect(isClaimableHost(host, platform)).toBe(true);
  });

  it.each([
    ['whispergifts.com', 'the platform itself'],
    ['www.whispergifts.com', 'a subdomain of it'],
    ['a.b.whispergifts.com', 'a deeper subdomain'],
    ['localhost', 'localhost'],
    ['gifts.localhost', 'under localhost'],
    ['printer.local', 'mDNS names'],
    ['127.0.0.1', 'an IPv4 address'],
    ['::1', 'an IPv6 address'],
    ['intranet', 'a single label'],
  ])('refuses %s (%s)', (host) => {
    expect(isClaimableHost(host, platform)).toBe(false);
  });

  it('names the TXT record under the host', () => {
    expect(txtRecordName('gifts.example.com')).toBe('_whispergifts.gifts.example.com');
  });
});
