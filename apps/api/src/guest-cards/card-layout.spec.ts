import { MARGIN, PAPER_SIZES, cardBoxes, cropMarks } from './card-layout';

describe('card layout', () => {
  it.each([
    ['a4', 4],
    ['a4', 8],
    ['letter', 4],
    ['letter', 8],
  ] as const)('tiles %s with %i cards inside the margin, without overlap', (paper, perPage) => {
    const [width, height] = PAPER_SIZES[paper];
    const boxes = cardBoxes(paper, perPage);
    expect(boxes).toHaveLength(perPage);
    const area = boxes.reduce((sum, b) => sum + b.width * b.height, 0);
    expect(area).toBeCloseTo((width - 2 * MARGIN) * (height - 2 * MARGIN), 3);
    for (const b of boxes) {
      expect(b.x).toBeGreaterThanOrEqual(MARGIN - 1e-9);
      expect(b.x + b.width).toBeLessThanOrEqual(width - MARGIN + 1e-9);
      expect(b.y + b.height).toBeLessThanOrEqual(height - MARGIN + 1e-9);
    }
  });

  it('puts every crop mark in the margin, one per trim line and side', () => {
    const [width, height] = PAPER_SIZES.a4;
    const marks = cropMarks('a4', 8);
    // 3 vertical trim lines (top and bottom) + 5 horizontal ones (left and right).
    expect(marks).toHaveLength(3 * 2 + 5 * 2);
    for (const [x1, y1, x2, y2] of marks) {
      const inMargin = (x: number, y: number) => x < MARGIN || y < MARGIN || x > width - MARGIN || y > height - MARGIN;
      expect(inMargin(x1, y1) && inMargin(x2, y2)).toBe(true);
    }
  });
});
