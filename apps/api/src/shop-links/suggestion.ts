import { minorDigits } from '../pledges/dto/money';
import { MAX_PRICE } from '../items/dto/item-input.dto';
import type { Availability, SuggestionDto } from './dto/shop-link.dto';
import type { ProductMetadata } from './product-metadata';

/** schema.org ItemAvailability (a URL or its last segment) → the three states the product shows. */
const AVAILABILITY: Record<string, Availability> = {
  instock: 'in-stock',
  limitedavailability: 'in-stock',
  onlineonly: 'in-stock',
  instoreonly: 'in-stock',
  outofstock: 'out-of-stock',
  soldout: 'out-of-stock',
  discontinued: 'out-of-stock',
  preorder: 'preorder',
  presale: 'preorder',
  backorder: 'preorder',
};

export function availabilityOf(value: string | null | undefined): Availability | null {
  if (!value) return null;
  const key = value
    .trim()
    .split('/')
    .pop()!
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  return AVAILABILITY[key] ?? null;
}

/** The product page's metadata as a suggestion: bounded text, absolute http(s) addresses, prices in minor units. */
export function toSuggestion(meta: ProductMetadata, pageUrl: string): SuggestionDto {
  const currency = meta.currency && /^[A-Za-z]{3}$/.test(meta.currency) && knownCurrency(meta.currency) ? meta.currency.toUpperCase() : null;
  const minor = (amount: number | null) => {
    if (amount === null || !currency) return null;
    const value = Math.round(amount * 10 ** minorDigits(currency));
    return value >= 0 && value <= MAX_PRICE ? value : null;
  };
  let priceMin = minor(meta.priceLow ?? meta.price);
  let priceMax = minor(meta.priceHigh ?? meta.price);
  if (priceMin === null) priceMin = priceMax;
  if (priceMax === null || (priceMin !== null && priceMax < priceMin)) priceMax = priceMin;
  return {
    name: clip(meta.name ?? meta.title, 200),
    description: clip(meta.description, 4000),
    url: httpUrl(meta.url, pageUrl) ?? pageUrl,
    priceMin,
    priceMax,
    currency,
    imageUrl: httpUrl(meta.image, pageUrl),
    availability: availabilityOf(meta.availability),
  };
}

function clip(text: string | null, max: number): string | null {
  if (!text) return null;
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean ? Array.from(clean).slice(0, max).join('') : null;
}

function httpUrl(value: string | null, base: string): string | null {
  if (!value) return null;
  try {
    const url = new URL(value, base);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.href.length <= 2000 ? url.href : null;
  } catch {
    return null;
  }
}

function knownCurrency(code: string): boolean {
  try {
    return Intl.supportedValuesOf('currency').includes(code.toUpperCase());
  } catch {
    return false;
  }
}
