import { rtlPlacement, rtlRuns, wrapWords } from './rtl-lines';

describe('right-to-left lines for pdfkit', () => {
  it('splits a line into Arabic words and whole Latin runs, in reading order', () => {
    expect(rtlRuns('قائمة هدايانا')).toEqual(['قائمة', 'هدايانا']);
    expect(rtlRuns('12 يونيو 2027')).toEqual(['12', 'يونيو', '2027']);
    expect(rtlRuns('هدية Ana & Ben الجميلة')).toEqual(['هدية', 'Ana & Ben', 'الجميلة']);
  });

  it('places the first run at the right edge and the next ones leftwards', () => {
    const byLetters = (s: string) => s.length;
    expect(rtlPlacement(['ab', 'cde'], byLetters, 1, 0, 10, 'right')).toEqual([
      { run: 'ab', x: 8 },
      { run: 'cde', x: 4 },
    ]);
    expect(rtlPlacement(['ab', 'cde'], byLetters, 1, 0, 10, 'center').map((p) => p.x)).toEqual([6, 2]);
  });

  it('breaks lines in reading order, at most so many', () => {
    const byLetters = (s: string) => s.length;
    expect(wrapWords('أ ب ج د ه', 3, byLetters, 2)).toEqual(['أ ب', 'ج د']);
  });
});
