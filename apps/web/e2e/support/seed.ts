import type { CreateItemInput, GiftList, Item, Registry, User } from '@whispergifts/api-client';

/** Every couple's password in the browser tests. */
export const PASSWORD = 'correct horse battery staple';

/** A couple's session against the real API, made the way the SPA makes it (JSON bodies, the session cookie). */
export class Couple {
  private cookie = '';
  private readonly apiUrl: string;
  constructor(apiUrl: string) {
    this.apiUrl = apiUrl;
  }

  async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(this.apiUrl + path, {
      method,
      headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0];
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (response.status === 204 ? undefined : await response.json()) as T;
  }

  /** Signup starts no session (it answers the same for any address), so the couple logs in next, as the SPA does. */
  signup = async (email: string) => {
    await this.call('POST', '/api/auth/signup', { email, password: PASSWORD, displayName: 'Ana' });
    return this.call<User>('POST', '/api/auth/login', { email, password: PASSWORD });
  };
  createRegistry = (slug: string) =>
    this.call<Registry>('POST', '/api/registries', {
      slug,
      title: 'Ana & Ben are getting married',
      coupleNames: 'Ana & Ben',
      currency: 'EUR',
      eventDate: '2027-06-12',
      welcomeMessage: 'Your presence is the best gift. If you would like to give something more, here are a few ideas.',
    });
  addItem = (registryId: string, item: CreateItemInput) => this.call<Item>('POST', `/api/registries/${registryId}/items`, item);
}

export async function publicList(apiUrl: string, slug: string): Promise<GiftList> {
  const response = await fetch(`${apiUrl}/api/public/registries/${slug}`);
  return (await response.json()) as GiftList;
}

/** A registry with the kinds of items guests meet: single, several, a fund, already taken, and one last unit to race for. */
export async function seedRegistry(apiUrl: string, slug: string) {
  const couple = new Couple(apiUrl);
  await couple.signup(`${slug}@example.com`);
  const registry = await couple.createRegistry(slug);
  const add = (item: CreateItemInput) => couple.addItem(registry.id, item);
  await add({
    name: 'A toaster that cooks crumpets',
    description: 'Two slots, and a crumpet setting.',
    priceMin: 4000,
    priceMax: 6000,
    category: 'Kitchen',
    priority: 'high',
    url: 'https://shop.example/toaster',
  });
  await add({ name: 'Dinner plates', description: 'Plain white, any shop.', priceMin: 1250, priceMax: 1250, quantity: 6, category: 'Table' });
  await add({
    name: 'Honeymoon fund',
    description: 'Towards a week in Lisbon.',
    kind: 'fund',
    targetAmount: 150000,
    suggestedAmounts: [2500, 5000, 10000],
    category: 'Experiences',
    priority: 'low',
  });
  const vase = await add({ name: 'A tall glass vase', priceMax: 3500, category: 'Home' });
  return { couple, registry, vase };
}
