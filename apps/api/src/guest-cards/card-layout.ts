import type { CardsPerPage, Paper } from './guest-card.entity';

/** Sheet sizes in PDF points (1/72 inch). */
export const PAPER_SIZES: Record<Paper, [number, number]> = { a4: [595.28, 841.89], letter: [612, 792] };

/** White margin around the grid, where the crop marks go (half an inch: inside every office printer's printable area). */
export const MARGIN = 36;
/** Colour runs this far past the outer trim lines, so a cut slightly off the line leaves no white edge. */
export const BLEED = 3;
/** Crop marks stop this far short of the trim, so none shows on a card. */
const MARK_OFFSET = 4;
const MARK_LENGTH = 14;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where each card goes: 2 columns, and 2 rows (A6-like cards) or 4 rows (business-card-like), abutting. */
export function cardBoxes(paper: Paper, perPage: CardsPerPage): Box[] {
  const [pageWidth, pageHeight] = PAPER_SIZES[paper];
  const columns = 2;
  const rows = perPage / columns;
  const width = (pageWidth - 2 * MARGIN) / columns;
  const height = (pageHeight - 2 * MARGIN) / rows;
  const boxes: Box[] = [];
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) boxes.push({ x: MARGIN + column * width, y: MARGIN + row * height, width, height });
  }
  return boxes;
}

/** Crop marks: a short line in the margin in line with every trim line, on all four sides of the grid. */
export function cropMarks(paper: Paper, perPage: CardsPerPage): [number, number, number, number][] {
  const [pageWidth, pageHeight] = PAPER_SIZES[paper];
  const boxes = cardBoxes(paper, perPage);
  const xs = [...new Set(boxes.flatMap((b) => [b.x, b.x + b.width]).map((v) => Math.round(v * 100) / 100))];
  const ys = [...new Set(boxes.flatMap((b) => [b.y, b.y + b.height]).map((v) => Math.round(v * 100) / 100))];
  const top = MARGIN - MARK_OFFSET;
  const bottom = pageHeight - MARGIN + MARK_OFFSET;
  const left = MARGIN - MARK_OFFSET;
  const right = pageWidth - MARGIN + MARK_OFFSET;
  return [
    ...xs.flatMap((x): [number, number, number, number][] => [
      [x, top - MARK_LENGTH, x, top],
      [x, bottom, x, bottom + MARK_LENGTH],
    ]),
    ...ys.flatMap((y): [number, number, number, number][] => [
      [left - MARK_LENGTH, y, left, y],
      [right, y, right + MARK_LENGTH, y],
    ]),
  ];
}
