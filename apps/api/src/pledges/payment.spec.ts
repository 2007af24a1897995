import { defaultMinContribution, majorUnits, minorDigits } from './dto/money';
import { paymentLink, paymentLinkProblem } from './payment';

describe('money in minor units', () => {
  it('knows the ISO 4217 minor digits through Intl, and defaults the minimum to 5 units', () => {
    expect([minorDigits('EUR'), minorDigits('JPY'), minorDigits('BHD')]).toEqual([2, 0, 3]);
    expect([defaultMinContribution('EUR'), defaultMinContribution('JPY'), defaultMinContribution('BHD')]).toEqual([500, 5, 5000]);
    expect([majorUnits(5000, 'EUR'), majorUnits(5, 'EUR'), majorUnits(5000, 'JPY'), majorUnits(1234, 'BHD')]).toEqual(['50.00', '0.05', '5000', '1.234']);
  });
});

describe('payment links', () => {
  it('renders {amount} in major units', () => {
    expect(paymentLink('https://paypal.me/anaben/{amount}', 5000, 'EUR')).toBe('https://paypal.me/anaben/50.00');
    expect(paymentLink('https://pay.example/x?a={amount}&c=JPY', 5000, 'JPY')).toBe('https://pay.example/x?a=5000&c=JPY');
  });

  it.each([
    ['https://paypal.me/anaben', /\{amount\}/],
    ['http://paypal.me/anaben/{amount}', /https/],
    ['https://127.0.0.1/{amount}', /IP/],
    ['https://0x7f.1/{amount}', /IP/],
    ['https://[::1]/{amount}', /IP/],
    ['https://user:pw@paypal.me/{amount}', /user name/],
    ['https://localhost/{amount}', /public host/],
    ['javascript:alert(1)//{amount}', /https/],
  ])('refuses %s', (template, why) => {
    expect(paymentLinkProblem(template)).toMatch(why);
  });

  it('accepts an https link with a host name', () => {
    expect(paymentLinkProblem('https://paypal.me/anaben/{amount}')).toBeNull();
    expect(paymentLinkProblem('https://www.xn--bcher-kva.example/{amount}')).toBeNull();
  });
});
