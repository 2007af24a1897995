import createMetascraper from 'metascraper';
import metascraperDescription from 'metascraper-description';
import metascraperImage from 'metascraper-image';
import metascraperTitle from 'metascraper-title';
import metascraperUrl from 'metascraper-url';
import metascraperShopping from '@samirrayani/metascraper-shopping';
import { $jsonld } from '@metascraper/helpers';

/**
 * What a shop page says about its product, read by metascraper: JSON-LD (schema.org Product/Offer), microdata,
 * Open Graph (og:, product:), Twitter cards and plain meta, through metascraper's own rule packages plus the
 * shopping rules (price, currency, availability). metascraper-image comes before the shopping rules so its
 * absolute, checked image address wins; small rules add the JSON-LD description and an AggregateOffer's price range.
 */
export interface ProductMetadata {
  name: string | null;
  title: string | null;
  description: string | null;
  url: string | null;
  image: string | null;
  price: number | null;
  priceLow: number | null;
  priceHigh: number | null;
  currency: string | null;
  availability: string | null;
}

const number = (value: unknown): number | undefined => {
  const n = typeof value === 'string' ? Number(value.replace(/[^\d.]/g, '')) : typeof value === 'number' ? value : NaN;
  return Number.isFinite(n) && n > 0 ? n : undefined;
};

type RuleContext = { htmlDom: unknown };
const productRules = () => ({
  // A product's own description (JSON-LD) says more than the shop's meta description ("Free delivery over £50").
  productDescription: [({ htmlDom }: RuleContext) => $jsonld('description')(htmlDom)],
  priceLow: [({ htmlDom }: RuleContext) => number($jsonld('offers.lowPrice')(htmlDom))],
  priceHigh: [({ htmlDom }: RuleContext) => number($jsonld('offers.highPrice')(htmlDom))],
});

const scrape = createMetascraper([
  metascraperImage(),
  metascraperShopping(),
  productRules(),
  metascraperTitle(),
  metascraperDescription(),
  metascraperUrl(),
] as never);

export async function readProductMetadata(html: string, url: string): Promise<ProductMetadata> {
  // The address was checked by the outbound client already; metascraper's own check refuses `localhost` fixtures.
  const found = (await scrape({ html, url, validateUrl: false })) as Record<string, unknown>;
  const text = (key: string) => (typeof found[key] === 'string' && (found[key] as string).trim() ? (found[key] as string).trim() : null);
  const amount = (key: string) => number(found[key]) ?? null;
  return {
    name: text('name'),
    title: text('title'),
    description: text('productDescription') ?? text('description'),
    url: text('url'),
    image: text('image'),
    price: amount('price'),
    priceLow: amount('priceLow'),
    priceHigh: amount('priceHigh'),
    currency: text('currency'),
    availability: text('availability'),
  };
}
