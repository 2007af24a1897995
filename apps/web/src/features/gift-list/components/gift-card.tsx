import { currentLanguage, useT, type Translate } from '@/lib/i18n';
import type { GiftListItem } from '@whispergifts/api-client';
import { MoneyProgress } from '@/components/money-progress';
import { ResponsiveImage } from '@/components/responsive-image';
import { inSentence } from '@/lib/gift-names';
import { formatPriceHint } from '@/lib/money';
import { isAvailable } from '../utils/browse';

/** What a guest needs to know about what is left, in words. */
export function neededText(item: GiftListItem, t: Translate): string {
  if (item.remaining === null) return item.reserved ? t('guest:card.needed.unlimited-reserved', { reserved: item.reserved }) : t('guest:card.needed.unlimited');
  if (item.remaining === 0) return t('guest:card.needed.done');
  if (item.quantity === 1) return t('guest:card.needed.one');
  return t('guest:card.needed.some', { remaining: item.remaining, quantity: item.quantity ?? item.remaining });
}

/** A gift's name inside a sentence: English lower-cases a leading article ("Reserve a toaster"); other languages keep it as typed. */
export const nameInSentence = (name: string) => (currentLanguage() === 'en' ? inSentence(name) : name);

/** A drawn gift box (emoji fonts are not everywhere). Decorative. */
function GiftIcon() {
  return (
    <svg width="40" height="40" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" aria-hidden="true">
      <rect x="3" y="9" width="18" height="4" rx="1" />
      <path d="M5 13v7h14v-7M12 9v11M12 9c-1.5-3-5-4-5.5-2S9 9 12 9Zm0 0c1.5-3 5-4 5.5-2S15 9 12 9Z" />
    </svg>
  );
}

interface GiftCardProps {
  item: GiftListItem;
  currency: string;
  /** Opens the dialog for the item: reserving a gift, or chipping in for a group gift or a fund. */
  onReserve: (item: GiftListItem) => void;
  /** In a windowed list: the virtualizer measures its rows through their first card (gift-grid.tsx). */
  measureRef?: (element: HTMLLIElement | null) => void;
  rowIndex?: number;
}

/** The card's button: what a guest does with this kind of item, and what it says once nothing is left. */
const actionOf = (item: GiftListItem, t: Translate) =>
  item.kind === 'gift' ? { open: t('guest:card.reserve'), done: t('guest:card.reserved') } : { open: t('guest:card.chip-in'), done: t('guest:card.funded') };

/**
 * The button's accessible name, a phrase that names the gift: "Reserve a toaster that cooks crumpets", "Chip in for
 * the honeymoon fund"; once nothing is left, "Dinner plates: reserved" (no verb to agree with a plural name).
 */
function actionLabel(item: GiftListItem, available: boolean, t: Translate): string {
  if (!available) return item.kind === 'gift' ? t('guest:card.label.reserved', { name: item.name }) : t('guest:card.label.funded', { name: item.name });
  const name = nameInSentence(item.name);
  return item.kind === 'gift' ? t('guest:card.label.reserve', { name }) : t('guest:card.label.chip-in', { name });
}

export function GiftCard({ item, currency, onReserve, measureRef, rowIndex }: GiftCardProps) {
  const t = useT('guest');
  const money = item.kind !== 'gift';
  // A group gift's price is its target, shown by the progress.
  const price = money ? null : formatPriceHint(item.priceMin, item.priceMax, currency);
  const available = isAvailable(item);
  const action = actionOf(item, t);
  return (
    <li ref={measureRef} data-index={rowIndex} className={available ? 'gift-card' : 'gift-card gift-card-reserved'}>
      <div className={item.image ? 'gift-card-image' : 'gift-card-image no-photo'}>
        {item.image ? <ResponsiveImage image={item.image} sizes="(min-width: 48rem) 18rem, 100vw" /> : <GiftIcon />}
      </div>
      <div className="gift-card-body">
        <h3>{item.name}</h3>
        <p className="gift-card-meta">
          {item.priority === 'high' && <span className="badge">{t('guest:card.most-wanted')}</span>}
          {item.category && <span>{item.category}</span>}
        </p>
        {item.description && <p className="gift-card-description">{item.description}</p>}
        {price && <p className="gift-card-price">{price}</p>}
        {money ? (
          <MoneyProgress pledged={item.pledgedAmount} target={item.targetAmount} givers={item.pledgeCount} currency={currency} name={item.name} />
        ) : (
          <p className="gift-card-needed">{neededText(item, t)}</p>
        )}
        <div className="gift-card-actions">
          {/* The label names the gift: a screen reader listing buttons hears "Reserve Toaster", not ten "Reserve"s. */}
          <button
            type="button"
            className="button button-primary"
            disabled={!available}
            aria-label={actionLabel(item, available, t)}
            onClick={() => onReserve(item)}
          >
            {available ? action.open : action.done}
          </button>
          {item.url && (
            <a href={item.url} target="_blank" rel="noopener noreferrer" aria-label={t('guest:card.where-to-buy.label', { name: nameInSentence(item.name) })}>
              {t('guest:card.where-to-buy')}
            </a>
          )}
        </div>
      </div>
    </li>
  );
}
