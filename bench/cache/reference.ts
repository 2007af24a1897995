import { Client } from 'pg';

/**
 * What the gift list must say for the current state, read here with plain SQL (no API code): the registry's
 * fields, version and time stamp, and every item, in order, with its quantities. Representations of images (URLs
 * derived from stored files) are left to the full comparison of the API's body with the naive app's.
 */
export async function referenceFacts(databaseUrl: string, slug: string): Promise<unknown> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const {
      rows: [r],
    } = await client.query<{
      id: string;
      slug: string;
      title: string;
      couple_names: string;
      event_date: string | null;
      welcome_message: string;
      currency: string;
      theme: string;
      version: string;
      updated_at: Date;
    }>(
      `SELECT id, slug, title, couple_names, event_date::text AS event_date, welcome_message, currency, theme, version::text AS version, updated_at
         FROM registries WHERE slug = $1`,
      [slug],
    );
    if (!r) throw new Error(`no registry ${slug}`);
    const { rows: items } = await client.query<{
      id: string;
      name: string;
      description: string;
      url: string | null;
      price_min: number | null;
      price_max: number | null;
      quantity: number | null;
      reserved_quantity: number;
      priority: string;
      category: string | null;
    }>(
      `SELECT id, name, description, url, price_min, price_max, quantity, reserved_quantity, priority, category
         FROM items WHERE registry_id = $1 AND NOT archived ORDER BY position, created_at`,
      [r.id],
    );
    return {
      registry: {
        slug: r.slug,
        title: r.title,
        coupleNames: r.couple_names,
        eventDate: r.event_date,
        welcomeMessage: r.welcome_message,
        currency: r.currency.trim(),
        theme: r.theme,
      },
      items: items.map((i) => ({
        id: i.id,
        name: i.name,
        description: i.description,
        url: i.url,
        priceMin: i.price_min,
        priceMax: i.price_max,
        quantity: i.quantity,
        reserved: i.reserved_quantity,
        remaining: i.quantity === null ? null : i.quantity - i.reserved_quantity,
        priority: i.priority,
        category: i.category,
      })),
      version: Number(r.version),
      updatedAt: r.updated_at.toISOString(),
    };
  } finally {
    await client.end();
  }
}

/** `actual` cut down to the keys `expected` has (recursively; arrays element by element), to compare facts only. */
export function projectLike(actual: unknown, expected: unknown): unknown {
  if (Array.isArray(expected)) return Array.isArray(actual) ? actual.map((value, i) => projectLike(value, expected[Math.min(i, expected.length - 1)])) : actual;
  if (expected && typeof expected === 'object') {
    if (!actual || typeof actual !== 'object' || Array.isArray(actual)) return actual;
    const record = actual as Record<string, unknown>;
    return Object.fromEntries(Object.keys(expected).map((key) => [key, projectLike(record[key], (expected as Record<string, unknown>)[key])]));
  }
  return actual;
}
