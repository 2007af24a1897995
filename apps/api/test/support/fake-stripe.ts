import { randomBytes } from 'node:crypto';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';

/** A request the SDK sent: its path, its form-encoded parameters flattened (`metadata[orderId]`), and its headers. */
export interface StripeCall {
  method: string;
  path: string;
  params: URLSearchParams;
  idempotencyKey: string | undefined;
  authorization: string | undefined;
}

export interface FakeSession {
  id: string;
  url: string;
  amount_total: number;
  currency: string;
  metadata: Record<string, string>;
  client_reference_id: string | null;
  payment_intent: string;
}

export const FAKE_SECRET_KEY = 'sk_test_whispergiftsfake0001';
export const FAKE_WEBHOOK_SECRET = 'whsec_whispergiftsfake0001';

const signer = new Stripe(FAKE_SECRET_KEY);

/** A `Stripe-Signature` for `payload`, made by the SDK's test helper (with another secret or time: a forgery or a stale replay). */
export function signStripeEvent(payload: string, options: { secret?: string; timestamp?: number } = {}): string {
  return signer.webhooks.generateTestHeaderString({ payload, secret: options.secret ?? FAKE_WEBHOOK_SECRET, timestamp: options.timestamp });
}

const id = (prefix: string) => `${prefix}_test_${randomBytes(12).toString('hex')}`;

/**
 * A local stand-in for the parts of Stripe's API the product calls: POST /v1/checkout/sessions and POST /v1/refunds,
 * answered in Stripe's shapes (and as Stripe does, replaying the first answer for a repeated Idempotency-Key). It
 * keeps what it was asked, and makes the signed events Stripe would then send, signed with the SDK's test helper.
 * `failNext` makes the next call fail the way Stripe does when it is down (a 500 with an error body).
 */
export class FakeStripe {
  readonly calls: StripeCall[] = [];
  readonly sessions = new Map<string, FakeSession>();
  failNext = 0;
  private readonly replies = new Map<string, { status: number; body: unknown }>();
  // Fields, not constructor parameter properties: the browser tests load this file with Node's type stripping.
  private readonly server: Server;
  private readonly checkoutPage: (sessionId: string, params: URLSearchParams) => string;

  private constructor(server: Server, checkoutPage: (sessionId: string, params: URLSearchParams) => string) {
    this.server = server;
    this.checkoutPage = checkoutPage;
  }

  /**
   * `checkoutPage` says where a session's payment page is; by default a checkout.stripe.com address (never opened).
   * The browser tests make it the session's success_url, as if the customer had paid at once.
   */
  static async start(
    checkoutPage: (sessionId: string, params: URLSearchParams) => string = (sessionId) => `https://checkout.stripe.com/c/pay/${sessionId}`,
  ): Promise<FakeStripe> {
    const server = createServer();
    const fake = new FakeStripe(server, checkoutPage);
    server.on('request', (request: IncomingMessage, response: ServerResponse) => void fake.handle(request, response));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  /** The environment that points the app at this fake. */
  get env(): Record<string, string> {
    return { STRIPE_SECRET_KEY: FAKE_SECRET_KEY, STRIPE_WEBHOOK_SECRET: FAKE_WEBHOOK_SECRET, STRIPE_API_URL: this.url };
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  callsTo(path: string): StripeCall[] {
    return this.calls.filter((c) => c.path === path);
  }

  /** The event body Stripe sends when the customer has paid, for a session this fake made (fields overridable). */
  completedEvent(session: FakeSession, overrides: { session?: Record<string, unknown>; id?: string; type?: string } = {}): string {
    return this.event(overrides.type ?? 'checkout.session.completed', overrides.id, {
      id: session.id,
      object: 'checkout.session',
      mode: 'payment',
      amount_total: session.amount_total,
      currency: session.currency,
      metadata: session.metadata,
      client_reference_id: session.client_reference_id,
      payment_intent: session.payment_intent,
      payment_status: 'paid',
      status: 'complete',
      ...overrides.session,
    });
  }

  /** The event body Stripe sends when a session's charge is refunded (in full unless `amountRefunded` says less). */
  refundedEvent(session: FakeSession, overrides: { charge?: Record<string, unknown>; id?: string } = {}): string {
    const amountRefunded = (overrides.charge?.amount_refunded as number | undefined) ?? session.amount_total;
    return this.event('charge.refunded', overrides.id, {
      id: id('ch'),
      object: 'charge',
      amount: session.amount_total,
      amount_refunded: amountRefunded,
      refunded: amountRefunded >= session.amount_total,
      currency: session.currency,
      metadata: session.metadata,
      payment_intent: session.payment_intent,
      status: 'succeeded',
      ...overrides.charge,
    });
  }

  sign(payload: string, options: { secret?: string; timestamp?: number } = {}): string {
    return signStripeEvent(payload, options);
  }

  private event(type: string, eventId: string | undefined, object: Record<string, unknown>): string {
    return JSON.stringify({
      id: eventId ?? id('evt'),
      object: 'event',
      api_version: '2025-01-01',
      created: Math.floor(Date.now() / 1000),
      type,
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      data: { object },
    });
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const params = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
    const path = (request.url ?? '').split('?')[0];
    const idempotencyKey = request.headers['idempotency-key'] as string | undefined;
    this.calls.push({ method: request.method ?? '', path, params, idempotencyKey, authorization: request.headers.authorization });
    const reply = (status: number, body: unknown) => {
      if (idempotencyKey && status < 500) this.replies.set(`${path} ${idempotencyKey}`, { status, body });
      response.writeHead(status, { 'content-type': 'application/json', 'request-id': id('req') }).end(JSON.stringify(body));
    };
    const earlier = idempotencyKey && this.replies.get(`${path} ${idempotencyKey}`);
    if (earlier) return reply(earlier.status, earlier.body);
    if (request.headers.authorization !== `Bearer ${FAKE_SECRET_KEY}`) {
      return reply(401, { error: { type: 'invalid_request_error', message: 'Invalid API Key provided' } });
    }
    if (this.failNext > 0) {
      this.failNext--;
      // Not remembered: Stripe lets a failed request be retried with the same key.
      response.writeHead(500, { 'content-type': 'application/json', 'stripe-should-retry': 'false' });
      return void response.end(JSON.stringify({ error: { type: 'api_error', message: 'Something went wrong on our end.' } }));
    }
    if (request.method === 'POST' && path === '/v1/checkout/sessions') return reply(200, this.createSession(params));
    if (request.method === 'POST' && path === '/v1/refunds') {
      const paymentIntent = params.get('payment_intent');
      if (![...this.sessions.values()].some((s) => s.payment_intent === paymentIntent)) {
        return reply(400, { error: { type: 'invalid_request_error', code: 'resource_missing', message: `No such payment_intent: '${paymentIntent}'` } });
      }
      return reply(200, { id: id('re'), object: 'refund', payment_intent: paymentIntent, status: 'succeeded', metadata: metadataOf(params) });
    }
    reply(404, { error: { type: 'invalid_request_error', message: `Unrecognized request URL (${request.method}: ${path}).` } });
  }

  private createSession(params: URLSearchParams) {
    const sessionId = id('cs');
    const session: FakeSession = {
      id: sessionId,
      url: this.checkoutPage(sessionId, params),
      amount_total: Number(params.get('line_items[0][price_data][unit_amount]')) * Number(params.get('line_items[0][quantity]') ?? 1),
      currency: params.get('line_items[0][price_data][currency]') ?? '',
      metadata: metadataOf(params),
      client_reference_id: params.get('client_reference_id'),
      payment_intent: id('pi'),
    };
    this.sessions.set(sessionId, session);
    return {
      id: sessionId,
      object: 'checkout.session',
      mode: params.get('mode'),
      url: session.url,
      amount_total: session.amount_total,
      currency: session.currency,
      metadata: session.metadata,
      client_reference_id: session.client_reference_id,
      payment_intent: null,
      payment_status: 'unpaid',
      status: 'open',
      success_url: params.get('success_url'),
      cancel_url: params.get('cancel_url'),
    };
  }
}

function metadataOf(params: URLSearchParams): Record<string, string> {
  const metadata: Record<string, string> = {};
  for (const [key, value] of params) {
    const match = /^metadata\[(\w+)\]$/.exec(key);
    if (match) metadata[match[1]] = value;
  }
  return metadata;
}
