import { Client } from 'pg';

/**
 * The gift list as GiftListDto documents it, built here independently of the API (plain SQL, no API code), so
 * that the API's and the baselines' bodies can be checked against the same expectation for the same state.
 */
export async function referenceDocument(databaseUrl: string, slug: string): Promise<unknown> {
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
      header_image: string | null;
      currency: string;
      theme: string;
      version: string;
      updated_at: Date;
    }>(
      `SELECT id, slug, title, couple_names, event_date::text AS event_date, welcome_message, header_image, currency, theme, version::text AS version, updated_at
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
      image: string | null;
    }>(
      `SELECT id, name, description, url, price_min, price_max, quantity, reserved_quantity, priority, category, image
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
        headerImage: r.header_image,
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
        image: i.image,
      })),
      version: Number(r.version),
      updatedAt: r.updated_at.toISOString(),
    };
  } finally {
    await client.end();
  }
}
