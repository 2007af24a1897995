import { defuseFormula, restoreDefused } from './defuse-formula';

describe('defuseFormula', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","click")', `'=HYPERLINK("http://evil.example","click")`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['   =1+1', "'   =1+1"],
    ['\n=1+1', "'\n=1+1"],
    ['＝1+1', "'＝1+1"],
    ['＋1', "'＋1"],
    ['－1', "'－1"],
    ['＠A1', "'＠A1"],
  ])('defuses %j', (input, expected) => {
    expect(defuseFormula(input)).toBe(expected);
  });

  it.each(['Aunt May', 'a = b', 'Toaster (red) + crumpets', 'may@example.com', '', "'already text", '12 Rua das Flores', 'Ünïcödé ♥'])(
    'leaves %j alone',
    (input) => {
      expect(defuseFormula(input)).toBe(input);
    },
  );
});

describe('restoreDefused', () => {
  it.each(['=1+1', '-2 cups', '@home', 'Aunt May', "'already text", ''])('undoes defuseFormula on %j', (input) => {
    expect(restoreDefused(defuseFormula(input))).toBe(input);
  });
});
