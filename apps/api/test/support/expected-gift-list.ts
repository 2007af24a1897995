import type { DataSource } from 'typeorm';

/** The gift list as it is in PostgreSQL right now, computed without any cache: what every read must equal. */
export async function uncachedGiftList(db: DataSource, registryId: string): Promise<unknown> {
  const [r] = (await db.query(
    `SELECT slug, title, couple_names, event_date::text AS event_date, welcome_message, header_image, currency, theme, version::float8 AS version, updated_at
       FROM registries WHERE id = $1`,
    [registryId],
  )) as Record<string, unknown>[];
  const items = (await db.query(
    `SELECT id, name, description, url, price_min, price_max, quantity, reserved_quantity, priority, category, image
       FROM items WHERE registry_id = $1 AND NOT archived ORDER BY position, created_at`,
    [registryId],
  )) as Record<string, unknown>[];
  return {
    registry: {
      slug: r.slug,
      title: r.title,
      coupleNames: r.couple_names,
      eventDate: r.event_date,
      welcomeMessage: r.welcome_message,
      headerImage: r.header_image,
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
      image: i.image,
    })),
    version: r.version,
    updatedAt: (r.updated_at as Date).toISOString(),
  };
}
