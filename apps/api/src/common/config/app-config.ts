import { RATE_LIMITS, RateLimit, RateLimitName, rateLimitVariable } from './rate-limit-defaults';
import { join } from 'node:path';
import { PLAN_IDS, PlanId } from '../../plans/plans';

/**
 * Configuration comes only from the environment. `loadConfig` validates every variable once at start;
 * a missing or malformed one stops the process with a message naming it.
 */
export type NodeEnv = 'development' | 'production' | 'test';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/**
 * The default revision every cache key and entity tag carries. Raise it in the release that changes what a cached
 * representation holds (a field added to the gift list, the first-paint markup, the version store's entries): every
 * copy cached by the last release is then a miss, in Redis, in each process and at the edge, without a flush.
 * 2: the gift list's language, the first paint's header photo, suspensions in the version store.
 */
export const CACHE_SCHEMA_REVISION = '2';

export class AppConfig {
  nodeEnv!: NodeEnv;
  port!: number;
  host!: string;
  databaseUrl!: string;
  databasePoolSize!: number;
  /** A streaming read replica for public-list misses and owner reads (docs/operations.md); null: everything on DATABASE_URL. */
  databaseReplicaUrl!: string | null;
  redisUrl!: string;
  cacheRedisUrl!: string;
  /** Prefix for every Redis key this process writes (sessions, rate limits, caches). */
  redisKeyPrefix!: string;
  sessionSecret!: string;
  publicUrl!: string;
  logLevel!: LogLevel;
  /** Addresses (or proxy-addr names such as `loopback`, `uniquelocal`) of the proxies whose X-Forwarded-* headers are trusted. */
  trustProxy!: string[];
  /** Largest JSON body accepted, in bytes. */
  bodyLimit!: number;
  /** Deepest nesting of arrays and objects a JSON body may have (400 beyond, refused before parsing). */
  jsonMaxDepth!: number;
  /** DNS servers (`host[:port]`) that custom-domain checks ask; empty: the system's resolvers. */
  dnsResolver!: string[];
  /** The host a couple's custom domain is pointed at with a CNAME. */
  customDomainTarget!: string;
  /** WhisperGifts' own domains: no couple may claim one of them or a subdomain of one. */
  platformDomains!: string[];
  /** Part of every cache key and entity tag; bump it when a cached representation changes shape. */
  cacheSchemaRevision!: string;
  /** Upper bound of each API process's in-memory cache, in bytes. */
  cacheMemoryBytes!: number;
  /** How long Redis keeps a cached representation; keys are versioned, so this bounds memory, not freshness. */
  cacheTtlSeconds!: number;
  /** Where the worker sends e-mail, e.g. smtp://127.0.0.1:1025 (Mailpit) or smtps://user:pass@host:465. */
  smtpUrl!: string;
  /** The From of every message, e.g. `WhisperGifts <hello@whispergifts.com>`. */
  mailFrom!: string;
  /** The plan a new registry starts on; a self-hosted install may give everyone `premium`. */
  defaultPlan!: PlanId;
  /** One-off prices per registry, in minor units of `planCurrency`. */
  planPriceStandard!: number;
  planPricePremium!: number;
  planCurrency!: string;
  /** Port of the Prometheus /metrics listener (its own port, never proxied by nginx); null: no listener; 0: any free port (tests). */
  metricsPort!: number | null;
  metricsHost!: string;
  /** A request slower than this is logged with its route and where the time went. */
  slowRequestMs!: number;
  /** Errors are sent to Sentry when set. */
  sentryDsn!: string | null;
  /** The web app's DSN (VITE_SENTRY_DSN at build time): the only project POST /api/errors relays browser reports to. */
  sentryBrowserDsn!: string | null;
  sentryEnvironment!: string;
  sentryRelease!: string | null;
  /** Stripe's secret API key; without it payments are off (checkout answers 503 payments-disabled, admins grant plans). */
  stripeSecretKey!: string | null;
  /** The signing secret of the Stripe webhook endpoint (`whsec_…`); required with STRIPE_SECRET_KEY. */
  stripeWebhookSecret!: string | null;
  /** Where the Stripe SDK sends API calls instead of api.stripe.com: for tests against a local fake only. */
  stripeApiUrl!: URL | null;
  /** Directory for uploaded images and their thumbnails; nginx serves it at MEDIA_URL. */
  mediaDir!: string;
  /** Where the API marks the gift lists nginx may cache and serve stale (one empty file per public or unlisted slug); nginx reads it. */
  edgeShareDir!: string;
  /** Public URL prefix of MEDIA_DIR. */
  mediaUrl!: string;
  /** Largest image upload accepted, in bytes (413 beyond). */
  uploadLimitBytes!: number;
  /** Administrators: they receive the daily metrics digest. */
  adminEmails!: string[];
  /** Every named rate limit (defaults in rate-limit-defaults.ts, each overridable with RATE_LIMIT_<NAME>). */
  rateLimits!: Record<RateLimitName, RateLimit>;
  /** Event streams (live updates of gift lists) one API process keeps open at once; beyond, 503 with Retry-After. */
  liveEventsMaxStreams!: number;
  /** Seconds between heartbeats on an idle event stream; below the edge's proxy_read_timeout (60 s). */
  liveEventsHeartbeatSeconds!: number;
  /** Lifetime of a personal access token created without `expiresInDays`. */
  accessTokenDefaultDays!: number;
  /** Longest lifetime a personal access token may ask for (at most a year). */
  accessTokenMaxDays!: number;
  /** E-mails to one guest-typed address (reservation confirmations), across the whole service, per UTC day. */
  guestMailPerAddressPerDay!: number;
  /** Guest e-mails one registry's guest flow may send per clock hour. */
  guestMailPerRegistryPerHour!: number;
  /** How long a link to a guest's own page ("my gifts") works, in days from the e-mail that carries it. */
  guestPageLinkDays!: number;
  /** Share invitations one account may send per rolling 24 hours, across all its registries. */
  shareInvitationsPerDay!: number;
  /** Partner invitations one account may send per rolling 24 hours. */
  partnerInvitationsPerDay!: number;
  /** Days during which an address is invited to a registry at most once, unless the couple resends. */
  invitationRepeatDays!: number;

  // --- Load shapes (issue 11, item 16): the gift list is one response, so its size is bounded. ---
  /** Most items a registry holds (archived ones included): the technical cap above any plan's limit. */
  registryMaxItems!: number;
  /** Most bytes of item text (names, descriptions, shop links, categories, as JSON) a registry holds. */
  registryMaxTextBytes!: number;
  /** Most units of a counted gift (one with a quantity) a single reservation may take. */
  reservationMaxUnits!: number;
  /** Gifts given outside the list one registry's tracker may keep (409 `offline-gift-limit` beyond). */
  trackerOfflineGiftsMax!: number;
  /** How long a held reservation waits for the guest's confirmation before it lapses, in minutes. */
  reservationHoldMinutes!: number;
  /** Past this many reservations on one registry within RESERVATION_HOLD_WINDOW_MINUTES, new ones are held. */
  reservationHoldAfter!: number;
  reservationHoldWindowMinutes!: number;
  /** Days after reserving that a guest who has not marked the gift bought is reminded (once). */
  reminderAfterDays!: number;
  /** Days before the event that a guest who has not marked the gift bought is reminded (once). */
  reminderBeforeEventDays!: number;
  /** The web app's built index.html, which the shared pages (`/r/{slug}`) are made from; nginx serves the same build. */
  webShellFile!: string;
  /** `host:port` pairs the outbound client may fetch although their address is private (test fixtures on loopback); empty by default. */
  importAllowedHosts!: string[];
  /** Deadline of one outbound fetch (a shop page, its image, a link check), redirects and body included; at most 8 s. */
  outboundTimeoutMs!: number;
  /** Most bytes of a shop page read (after decompression) when importing from a link. */
  importPageMaxBytes!: number;
  /** Pause between two checks of links on the same shop (the weekly link check's per-host rate limit). */
  linkCheckHostDelayMs!: number;
  /** Whether responses carry Server-Timing (database and cache durations): a debugging aid, off in production. */
  exposeServerTiming!: boolean;
  /** Whether the API makes the example gift list the landing page links to (/r/example-ana-and-ben) at start. */
  demoRegistry!: boolean;
}

export class ConfigError extends Error {}

const DEV_SESSION_SECRET = 'development-only-session-secret-do-not-use-in-production';
const LOG_LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

type Env = Record<string, string | undefined>;

export function loadConfig(env: Env = process.env): AppConfig {
  const problems: string[] = [];
  const read = <T>(name: string, fallback: T | undefined, parse: (raw: string) => T | undefined, hint: string): T => {
    const raw = env[name];
    if (raw === undefined || raw === '') {
      if (fallback === undefined) problems.push(`${name} is required (${hint})`);
      return fallback as T;
    }
    const value = parse(raw);
    if (value === undefined) problems.push(`${name} is malformed: expected ${hint}, got ${JSON.stringify(raw)}`);
    return value as T;
  };

  const nodeEnv = read<NodeEnv>('NODE_ENV', 'development', (v) => oneOf(v, ['development', 'production', 'test']), 'development, production or test');
  const production = nodeEnv === 'production';
  const redisUrl = read('REDIS_URL', undefined, urlWith(['redis:', 'rediss:']), 'a redis:// URL');
  const port = read('PORT', 3000, int(1, 65535), 'a port number');

  const config = Object.assign(new AppConfig(), {
    nodeEnv,
    port,
    host: read('HOST', '0.0.0.0', (v) => v, 'an interface address'),
    databaseUrl: read('DATABASE_URL', undefined, urlWith(['postgres:', 'postgresql:']), 'a postgres:// URL'),
    databasePoolSize: read('DATABASE_POOL_SIZE', 10, int(1, 100), 'a whole number from 1 to 100'),
    databaseReplicaUrl: read<string | null>('DATABASE_REPLICA_URL', null, urlWith(['postgres:', 'postgresql:']), 'a postgres:// URL of a read replica'),
    redisUrl,
    cacheRedisUrl: read('CACHE_REDIS_URL', redisUrl, urlWith(['redis:', 'rediss:']), 'a redis:// URL'),
    redisKeyPrefix: read('REDIS_KEY_PREFIX', 'wg:', (v) => (/^[A-Za-z0-9:_-]{1,40}$/.test(v) ? v : undefined), 'letters, digits, ":", "_" or "-"'),
    sessionSecret: read(
      'SESSION_SECRET',
      production ? undefined : DEV_SESSION_SECRET,
      (v) => (v.length >= 32 ? v : undefined),
      'at least 32 random characters, required in production',
    ),
    publicUrl: read('PUBLIC_URL', `http://localhost:${port ?? 3000}`, urlWith(['http:', 'https:'], true), 'an http(s):// URL without a trailing path'),
    logLevel: read<LogLevel>('LOG_LEVEL', production ? 'info' : 'debug', (v) => oneOf(v, LOG_LEVELS), LOG_LEVELS.join(', ')),
    trustProxy: read('TRUST_PROXY', [], list(/^[\w.:/]+$/), 'comma-separated proxy addresses, CIDR ranges or names (loopback, linklocal, uniquelocal)'),
    bodyLimit: read('BODY_LIMIT_BYTES', 100 * 1024, int(1024, 50 * 1024 * 1024), 'a size in bytes'),
    jsonMaxDepth: read('JSON_MAX_DEPTH', 32, int(2, 1000), 'a whole number from 2 to 1000'),
    cacheSchemaRevision: read(
      'CACHE_SCHEMA_REVISION',
      CACHE_SCHEMA_REVISION,
      (v) => (/^[A-Za-z0-9_-]{1,20}$/.test(v) ? v : undefined),
      'letters, digits, "_" or "-"',
    ),
    cacheMemoryBytes: read('CACHE_MEMORY_BYTES', 64 * 1024 * 1024, int(0, 16 * 1024 * 1024 * 1024), 'a size in bytes'),
    cacheTtlSeconds: read('CACHE_TTL_SECONDS', 7 * 86_400, int(60, 365 * 86_400), 'seconds, from 60'),
    smtpUrl: read('SMTP_URL', 'smtp://127.0.0.1:1025', urlWith(['smtp:', 'smtps:']), 'an smtp:// or smtps:// URL'),
    mailFrom: read(
      'MAIL_FROM',
      'WhisperGifts <hello@whispergifts.test>',
      (v) => (/^[^\r\n]{3,200}$/.test(v) && v.includes('@') ? v : undefined),
      'an address, e.g. WhisperGifts <hello@example.com>',
    ),
    defaultPlan: read<PlanId>('DEFAULT_PLAN', 'free', (v) => oneOf(v, PLAN_IDS), PLAN_IDS.join(', ')),
    planPriceStandard: read('PLAN_PRICE_STANDARD', 4900, int(0, 10_000_000), 'a price in minor units, e.g. 4900 for 49.00'),
    planPricePremium: read('PLAN_PRICE_PREMIUM', 8900, int(0, 10_000_000), 'a price in minor units, e.g. 8900 for 89.00'),
    planCurrency: read('PLAN_CURRENCY', 'EUR', (v) => (/^[A-Z]{3}$/.test(v) ? v : undefined), 'an ISO 4217 code such as EUR'),
    metricsPort: read<number | null>('METRICS_PORT', null, int(0, 65535), 'a port number (0: any free port)'),
    metricsHost: read('METRICS_HOST', '127.0.0.1', (v) => v, 'an interface address'),
    slowRequestMs: read('SLOW_REQUEST_MS', 1000, int(1, 600_000), 'milliseconds'),
    sentryDsn: read<string | null>('SENTRY_DSN', null, urlWith(['http:', 'https:']), 'a Sentry DSN, https://<key>@<host>/<project>'),
    sentryBrowserDsn: read<string | null>('SENTRY_BROWSER_DSN', null, urlWith(['http:', 'https:']), 'a Sentry DSN, https://<key>@<host>/<project>'),
    sentryEnvironment: read('SENTRY_ENVIRONMENT', nodeEnv, (v) => (/^[\w.-]{1,64}$/.test(v) ? v : undefined), 'letters, digits, ".", "_" or "-"'),
    sentryRelease: read<string | null>('SENTRY_RELEASE', null, (v) => (/^[\w.@+-]{1,200}$/.test(v) ? v : undefined), 'a release name'),
    // The repository's media/ (git-ignored) wherever the process starts; not ./media, which moved with the cwd.
    mediaDir: read('MEDIA_DIR', join(__dirname, '../../../../../media'), (v) => v, 'a directory path'),
    stripeSecretKey: read<string | null>(
      'STRIPE_SECRET_KEY',
      null,
      (v) => (/^(sk|rk)_(test|live)_\w{8,}$/.test(v) ? v : undefined),
      'a Stripe secret key (sk_live_… or sk_test_…)',
    ),
    stripeWebhookSecret: read<string | null>(
      'STRIPE_WEBHOOK_SECRET',
      null,
      (v) => (/^whsec_\w{8,}$/.test(v) ? v : undefined),
      'a webhook signing secret (whsec_…)',
    ),
    stripeApiUrl: read<URL | null>('STRIPE_API_URL', null, (v) => (urlWith(['http:', 'https:'])(v) ? new URL(v) : undefined), 'an http(s):// URL (tests only)'),
    mediaUrl: '',
    edgeShareDir: '',
    uploadLimitBytes: read('UPLOAD_LIMIT_BYTES', 10 * 1024 * 1024, int(1024, 100 * 1024 * 1024), 'a size in bytes'),
    adminEmails: read('ADMIN_EMAILS', [], list(/^[^\s@,]+@[^\s@,]+$/), 'comma-separated e-mail addresses'),
    rateLimits: Object.fromEntries(
      Object.entries(RATE_LIMITS).map(([name, limit]) => [name, read(rateLimitVariable(name), limit, rate, '<points>/<seconds>, e.g. 10/900')]),
    ) as Record<RateLimitName, RateLimit>,
    accessTokenDefaultDays: read('ACCESS_TOKEN_DEFAULT_DAYS', 90, int(1, 365), 'days, from 1 to 365'),
    accessTokenMaxDays: read('ACCESS_TOKEN_MAX_DAYS', 365, int(1, 365), 'days, from 1 to 365'),
    guestMailPerAddressPerDay: read('GUEST_MAIL_PER_ADDRESS_PER_DAY', 5, int(1, 1000), 'a whole number from 1 to 1000'),
    guestMailPerRegistryPerHour: read('GUEST_MAIL_PER_REGISTRY_PER_HOUR', 60, int(1, 100_000), 'a whole number from 1 to 100000'),
    guestPageLinkDays: read('GUEST_PAGE_LINK_DAYS', 180, int(1, 730), 'days, from 1 to 730'),
    shareInvitationsPerDay: read('SHARE_INVITATIONS_PER_DAY', 200, int(1, 10_000), 'a whole number from 1 to 10000'),
    partnerInvitationsPerDay: read('PARTNER_INVITATIONS_PER_DAY', 5, int(1, 100), 'a whole number from 1 to 100'),
    invitationRepeatDays: read('INVITATION_REPEAT_DAYS', 7, int(0, 365), 'days, from 0 to 365'),

    // --- Load shapes (issue 11, item 16) ---
    // At most the 5,000 ids a reorder request may list.
    registryMaxItems: read('REGISTRY_MAX_ITEMS', 2000, int(1, 5000), 'a whole number from 1 to 5000'),
    registryMaxTextBytes: read('REGISTRY_MAX_TEXT_BYTES', 2_000_000, int(10_000, 100_000_000), 'a size in bytes, from 10000'),
    // At most MAX_RESERVATION_QUANTITY (100), the request's own bound, which also covers gifts without a count.
    reservationMaxUnits: read('RESERVATION_MAX_UNITS', 10, int(1, 100), 'a whole number from 1 to 100'),
    trackerOfflineGiftsMax: read('TRACKER_OFFLINE_GIFTS_MAX', 500, int(1, 10_000), 'a whole number from 1 to 10000'),
    reservationHoldMinutes: read('RESERVATION_HOLD_MINUTES', 30, minutes(0.01, 24 * 60), 'minutes from 0.01 to 1440 (a fraction is allowed)'),
    reservationHoldAfter: read('RESERVATION_HOLD_AFTER', 10, int(0, 100_000), 'a whole number of reservations (0 holds every one)'),
    reservationHoldWindowMinutes: read('RESERVATION_HOLD_WINDOW_MINUTES', 10, minutes(0.01, 24 * 60), 'minutes from 0.01 to 1440'),
    reminderAfterDays: read('REMINDER_AFTER_DAYS', 14, int(1, 365), 'days, from 1 to 365'),
    reminderBeforeEventDays: read('REMINDER_BEFORE_EVENT_DAYS', 7, int(1, 90), 'days, from 1 to 90'),
    liveEventsMaxStreams: read('LIVE_EVENTS_MAX_STREAMS', 10_000, int(1, 1_000_000), 'a whole number from 1 to 1000000'),
    liveEventsHeartbeatSeconds: read('LIVE_EVENTS_HEARTBEAT_SECONDS', 20, int(1, 55), 'seconds from 1 to 55 (the edge drops a stream silent for 60 s)'),
    importAllowedHosts: read('IMPORT_ALLOWED_HOSTS', [], list(/^[A-Za-z0-9.-]+:\d{1,5}$/), 'comma-separated host:port pairs, e.g. localhost:8080'),
    outboundTimeoutMs: read('OUTBOUND_TIMEOUT_MS', 8000, int(100, 8000), 'milliseconds from 100 to 8000'),
    linkCheckHostDelayMs: read('LINK_CHECK_HOST_DELAY_MS', 2000, int(0, 60_000), 'milliseconds from 0 to 60000'),
    importPageMaxBytes: read('IMPORT_PAGE_MAX_BYTES', 2 * 1024 * 1024, int(16 * 1024, 20 * 1024 * 1024), 'a size in bytes'),
    exposeServerTiming: read('EXPOSE_SERVER_TIMING', !production, bool, 'true or false'),
    demoRegistry: read('DEMO_REGISTRY', false, bool, 'true or false'),
    // apps/api/{src,dist}/common/config → apps/web/dist: the same place in a checkout and in the image.
    webShellFile: read('WEB_SHELL_FILE', join(__dirname, '../../../../web/dist/index.html'), (v) => v, 'a file path'),
  });
  config.edgeShareDir = read('EDGE_SHARE_DIR', join(config.mediaDir, '.shareable'), (v) => v, 'a directory path');
  if (config.accessTokenDefaultDays > config.accessTokenMaxDays) problems.push('ACCESS_TOKEN_DEFAULT_DAYS must not exceed ACCESS_TOKEN_MAX_DAYS');
  config.mediaUrl = read('MEDIA_URL', `${config.publicUrl}/media`, urlWith(['http:', 'https:'], true), 'an http(s):// URL');
  if (config.stripeSecretKey && !config.stripeWebhookSecret)
    problems.push("STRIPE_WEBHOOK_SECRET is required with STRIPE_SECRET_KEY (Stripe's events are how a payment upgrades a plan)");
  if (production && config.stripeApiUrl) problems.push('STRIPE_API_URL is for tests against a local fake; unset it in production');
  config.dnsResolver = read('DNS_RESOLVER', [], list(/^[\w.:[\]-]+$/), 'comma-separated DNS servers, e.g. 127.0.0.1:5353');
  const ownHosts = [config.publicUrl, config.mediaUrl].flatMap((url) => (url ? [new URL(url).hostname] : []));
  config.customDomainTarget = read('CUSTOM_DOMAIN_TARGET', ownHosts[0] ?? 'localhost', (v) => (/^[a-z0-9.-]{1,253}$/.test(v) ? v : undefined), 'a host name');
  config.platformDomains = [
    ...new Set([...read('PLATFORM_DOMAINS', [], list(/^[a-z0-9.-]{1,253}$/), 'comma-separated host names'), ...ownHosts, config.customDomainTarget]),
  ];
  if (production && config.sessionSecret === DEV_SESSION_SECRET) problems.push('SESSION_SECRET must not be the development default in production');
  if (problems.length) throw new ConfigError(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  return config;
}

function oneOf<T extends string>(value: string, allowed: readonly T[]): T | undefined {
  return (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

function bool(raw: string): boolean | undefined {
  return raw === 'true' ? true : raw === 'false' ? false : undefined;
}

function int(min: number, max: number) {
  return (raw: string) => {
    const n = Number(raw);
    return /^\d+$/.test(raw) && n >= min && n <= max ? n : undefined;
  };
}

/** `10/900`: 10 points per 900 seconds. */
function rate(raw: string): RateLimit | undefined {
  const match = /^(\d{1,7})\/(\d{1,8})$/.exec(raw);
  if (!match) return undefined;
  const [points, duration] = [Number(match[1]), Number(match[2])];
  return points >= 1 && duration >= 1 ? { points, duration } : undefined;
}

function minutes(min: number, max: number) {
  return (raw: string) => {
    const n = Number(raw);
    return /^\d+(\.\d+)?$/.test(raw) && n >= min && n <= max ? n : undefined;
  };
}

function list(item: RegExp) {
  return (raw: string) => {
    const values = raw
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean);
    return values.every((v) => item.test(v)) ? values : undefined;
  };
}

function urlWith(protocols: string[], stripTrailingSlash = false) {
  return (raw: string) => {
    try {
      const url = new URL(raw);
      if (!protocols.includes(url.protocol)) return undefined;
      return stripTrailingSlash ? raw.replace(/\/+$/, '') : raw;
    } catch {
      return undefined;
    }
  };
}
