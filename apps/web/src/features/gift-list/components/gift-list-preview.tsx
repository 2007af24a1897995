import { memo, useState } from 'react';
import type { GiftListItem, GiftListRegistry } from '@whispergifts/api-client';
import { GiftCard } from './gift-card';
import { GiftListHeader } from './gift-list-header';
import { useT, type Translate } from '@/lib/i18n';

type Scheme = 'light' | 'dark';

const sample = (item: Partial<GiftListItem> & Pick<GiftListItem, 'id' | 'name'>): GiftListItem => ({
  description: '',
  url: null,
  priceMin: null,
  priceMax: null,
  quantity: 1,
  reserved: 0,
  remaining: 1,
  priority: 'medium',
  category: null,
  image: null,
  kind: 'gift',
  targetAmount: null,
  minContribution: null,
  suggestedAmounts: [],
  allowOverfunding: false,
  hideTotals: false,
  pledgedAmount: 0,
  remainingAmount: null,
  pledgeCount: 0,
  ...item,
});

/** Gifts of every kind a guest meets, so the preview shows a badge, a price, a fund and a reserved card, named in the dashboard's language. */
const sampleItems = (t: Translate): GiftListItem[] => [
  sample({
    id: 'preview-1',
    name: t('dashboard:theme.preview.toaster'),
    priceMin: 4000,
    priceMax: 6000,
    priority: 'high',
    category: t('dashboard:theme.preview.kitchen'),
  }),
  sample({ id: 'preview-2', name: t('dashboard:theme.preview.fund'), kind: 'fund', pledgedAmount: 45000, pledgeCount: 6, remaining: null, quantity: null }),
  sample({
    id: 'preview-3',
    name: t('dashboard:theme.preview.plates'),
    priceMin: 1250,
    priceMax: 1250,
    quantity: 6,
    reserved: 6,
    remaining: 0,
    category: t('dashboard:theme.preview.table'),
  }),
];

const deviceScheme = (): Scheme => (typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');

/**
 * The guest page in a theme, scaled down: the real header and gift cards with the registry's names and a few sample
 * gifts, in light or dark (guests see the one their phone prefers). Inert: a picture of the page, not a second one to use.
 */
export const GiftListPreview = memo(GiftListPreviewOf, (before, after) => sameFields(before.registry, after.registry));

/** The settings form renders on every key typed anywhere in it: the preview only when what it shows changed. */
const sameFields = (a: GiftListRegistry, b: GiftListRegistry) =>
  (Object.keys(a) as (keyof GiftListRegistry)[]).every((key) => a[key] === b[key]) && Object.keys(a).length === Object.keys(b).length;

function GiftListPreviewOf({ registry }: { registry: GiftListRegistry }) {
  const [scheme, setScheme] = useState<Scheme>(deviceScheme);
  const t = useT('dashboard');
  const items = sampleItems(t);
  return (
    <figure className="gift-list-preview">
      <div className="gift-list-preview-schemes" role="group" aria-label={t('dashboard:theme.preview.schemes')}>
        {(['light', 'dark'] as const).map((option) => (
          <button key={option} type="button" className="button button-small" aria-pressed={scheme === option} onClick={() => setScheme(option)}>
            {t('dashboard:theme.preview.scheme', { scheme: option })}
          </button>
        ))}
      </div>
      <div className="gift-list-preview-screen" style={{ colorScheme: scheme }} inert>
        <div className="page guest-page" data-theme={registry.theme}>
          <GiftListHeader registry={registry} />
          <ul className="gift-grid">
            {items.map((item) => (
              <GiftCard key={item.id} item={item} currency={registry.currency} onReserve={() => undefined} />
            ))}
          </ul>
        </div>
      </div>
      <figcaption className="field-hint">{t('dashboard:theme.preview.caption', { scheme })}</figcaption>
    </figure>
  );
}
