/**
 * The gift list as it is in PostgreSQL right now, read with plain SQL and no API code: what every read must
 * say. Used by the freshness and outage tests and by bench:cache to check bodies. Image fields (URLs derived from
 * stored files) are left out; compare with `projectLike(body, facts)`.
 */
export type Query = (sql: string, parameters: unknown[]) => Promise<Record<string, unknown>[]>;

export async function giftListFacts(query: Query, registry: { id: string } | { slug: string }): Promise<unknown> {
  const [r] = await query(
    `SELECT id, slug, title, couple_names, event_date::text AS event_date, welcome_message, currency, theme, version::float8 AS version, updated_at
       FROM registries WHERE ${'id' in registry ? 'id' : 'slug'} = $1`,
    ['id' in registry ? registry.id : registry.slug],
  );
  if (!r) throw new Error(`no registry ${JSON.stringify(registry)}`);
  const items = await query(
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
      currency: (r.currency as string).trim(),
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
      remaining: i.quantity === null ? null : (i.quantity as number) - (i.reserved_quantity as number),
      priority: i.priority,
      category: i.category,
    })),
    version: r.version,
    updatedAt: (r.updated_at as Date).toISOString(),
  };
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
