/**
 * pdfkit has no bidi algorithm, and how it orders the words of an Arabic line depends on whether it wraps it, so
 * right-to-left lines are placed here, a run at a time: each Arabic word alone (fontkit shapes it, joined letter
 * forms, right to left), a run of Latin words or digits ("Ana & Ben", "2027") kept whole in its own order, the runs
 * from the right edge leftwards. Enough for a card's short lines; not the full Unicode bidi algorithm.
 */
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

/** The runs of a right-to-left line in reading order. */
export function rtlRuns(line: string): string[] {
  const runs: { rtl: boolean; words: string[] }[] = [];
  for (const word of line.split(/\s+/).filter(Boolean)) {
    const rtl = ARABIC.test(word);
    const last = runs[runs.length - 1];
    if (!rtl && last && !last.rtl) last.words.push(word);
    else runs.push({ rtl, words: [word] });
  }
  return runs.map((run) => run.words.join(' '));
}

/** Words in reading order broken into lines no wider than `width` (as `measure` says), at most `max` lines. */
export function wrapWords(text: string, width: number, measure: (s: string) => number, max: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const next = line ? `${line} ${word}` : word;
      if (line && measure(next) > width) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    if (line) lines.push(line);
  }
  return lines.slice(0, max);
}

/** Where each run of a line starts (x), right to left from the right edge of a box, or centred in it. */
export function rtlPlacement(runs: string[], measure: (s: string) => number, space: number, left: number, width: number, align: 'right' | 'center') {
  const widths = runs.map(measure);
  const total = widths.reduce((sum, w) => sum + w, 0) + space * Math.max(0, runs.length - 1);
  let cursor = align === 'center' ? left + (width + Math.min(total, width)) / 2 : left + width;
  return runs.map((run, i) => {
    cursor -= widths[i];
    const x = cursor;
    cursor -= space;
    return { run, x };
  });
}
