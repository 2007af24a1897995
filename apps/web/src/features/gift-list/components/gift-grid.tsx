import { useT } from '@/lib/i18n';
import { useLayoutEffect, useRef, useState } from 'react';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import type { GiftListItem } from '@whispergifts/api-client';
import { EmptyState } from '@/components/empty-state';
import { GiftCard } from './gift-card';

interface GiftGridProps {
  items: GiftListItem[];
  totalCount: number;
  currency: string;
  onReserve: (item: GiftListItem) => void;
  onClearFilters: () => void;
}

/**
 * Lists up to this many cards are rendered whole (about 20 DOM nodes a card: 1,200 with the page around them); longer
 * ones are windowed (issue 14 §6: a 2,000-item list in at most 1,500 DOM nodes, scrolling smoothly on a phone).
 */
export const WINDOW_FROM = 60;

/** The grid's measures in styles.css (.gift-grid): cards at least 16rem wide, 1rem apart. */
const CARD_MIN_PX = 256;
const GAP_PX = 16;
/** A card's text and buttons, about: name, category, price, what is needed, the Reserve button, the padding. */
const TEXT_PX = 240;

export function GiftGrid({ items, totalCount, currency, onReserve, onClearFilters }: GiftGridProps) {
  const t = useT('guest');
  if (totalCount === 0) {
    return (
      <EmptyState title={t('guest:grid.empty.title')}>
        <p>{t('guest:grid.empty.text')}</p>
      </EmptyState>
    );
  }
  if (items.length === 0) {
    return (
      <EmptyState title={t('guest:grid.no-match.title')}>
        <p>{t('guest:grid.no-match.text')}</p>
        <button type="button" className="button" onClick={onClearFilters}>
          {t('guest:grid.show-all')}
        </button>
      </EmptyState>
    );
  }
  if (items.length >= WINDOW_FROM) return <WindowedGrid items={items} currency={currency} onReserve={onReserve} />;
  return (
    <ul className="gift-grid" aria-label={t('guest:grid.label')}>
      {items.map((item) => (
        <GiftCard key={item.id} item={item} currency={currency} onReserve={onReserve} />
      ))}
    </ul>
  );
}

/** How many cards fit side by side in a grid this wide (what `repeat(auto-fill, minmax(16rem, 1fr))` makes). */
const columnsFor = (width: number) => Math.max(1, Math.floor((width + GAP_PX) / (CARD_MIN_PX + GAP_PX)));

/**
 * A long list, windowed against the page's own scroll (@tanstack/react-virtual's window virtualizer): only the rows of
 * cards near the viewport are in the DOM; the list's padding stands in for the rows above and below, so the page is
 * as tall as the whole list and the scrollbar tells the truth. The cards stay the <li>s of one <ul>, so lists and
 * their item counts read as before, and rows are measured as they render (a row is as tall as its tallest card),
 * which the virtualizer keeps from shifting what is on screen.
 *
 * Trade-offs, chosen knowingly:
 * - Keyboard order is the visual order: Tab moves through the rendered cards, and focusing one below the viewport
 *   scrolls it into view, which renders the next rows (the overscan keeps a row ready) before the next Tab.
 * - Find in page (Ctrl+F) sees only the rendered cards; the category filter and the sort are the way through a long
 *   list. `content-visibility: auto` would keep find-in-page but still put every card (40,000 nodes) in the DOM.
 */
function WindowedGrid({ items, currency, onReserve }: Omit<GiftGridProps, 'totalCount' | 'onClearFilters'>) {
  const t = useT('guest');
  const list = useRef<HTMLUListElement>(null);
  const [width, setWidth] = useState(0);
  const columns = columnsFor(width);
  const [scrollMargin, setScrollMargin] = useState(0);

  useLayoutEffect(() => {
    const element = list.current;
    if (!element) return;
    const measure = () => setWidth(element.clientWidth);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  // Where the list starts on the page moves when what is above it changes (the filters open, the header photo
  // arrives): checked after every render, which scrolling causes anyway; one layout read.
  useLayoutEffect(() => {
    const top = list.current ? Math.round(list.current.getBoundingClientRect().top + window.scrollY) : 0;
    if (top !== scrollMargin) setScrollMargin(top);
  });

  const rowCount = Math.ceil(items.length / columns);
  const virtualizer = useWindowVirtualizer({
    count: rowCount,
    // Close to the truth, so rows measured as they arrive barely move what is on screen: a card with a photo is its
    // 4:3 picture plus its text, one without a 4.5rem band plus its text; a row is as tall as its tallest card.
    estimateSize: (row) => {
      const cardWidth = (width - GAP_PX * (columns - 1)) / columns;
      const cards = items.slice(row * columns, row * columns + columns);
      return Math.max(...cards.map((item) => (item.image ? cardWidth * 0.75 : 72) + TEXT_PX));
    },
    overscan: 2,
    gap: GAP_PX,
    scrollMargin,
    // Rows keep their measured height when a filter or a live update changes the list, by their first gift.
    getItemKey: (row) => items[row * columns]?.id ?? row,
  });
  const rows = virtualizer.getVirtualItems();
  const before = rows.length ? rows[0].start - scrollMargin : 0;
  const after = rows.length ? virtualizer.getTotalSize() - (rows[rows.length - 1].end - scrollMargin) : 0;

  return (
    // overflow-anchor: the virtualizer keeps what is on screen in place as rows above are measured; the browser's own
    // scroll anchoring would correct the same change a second time and make the list jump.
    <ul
      ref={list}
      className="gift-grid"
      aria-label={t('guest:grid.label')}
      style={{ paddingTop: before, paddingBottom: Math.max(0, after), overflowAnchor: 'none' }}
    >
      {rows.flatMap((row) =>
        items.slice(row.index * columns, row.index * columns + columns).map((item, column) => (
          <GiftCard
            key={item.id}
            item={item}
            currency={currency}
            onReserve={onReserve}
            // The row's first card stands for the row: grid rows stretch their cards, so its height is the row's.
            measureRef={column === 0 ? virtualizer.measureElement : undefined}
            rowIndex={column === 0 ? row.index : undefined}
          />
        )),
      )}
    </ul>
  );
}
