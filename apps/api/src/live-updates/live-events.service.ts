import { BeforeApplicationShutdown, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import type { FastifyReply, Session } from 'fastify';
import type { ServerResponse } from 'node:http';
import { RegistryVersion, RegistryVersions } from '../caching/registry-versions.service';
import { AppConfig } from '../common/config/app-config';
import { ProblemException, notFound, msg } from '../common/problem/problem';
import { SSE_HEARTBEAT, sseEvent, sseRetry } from './sse';

/** One guest's open event stream. */
interface Stream {
  registryId: string;
  slug: string;
  /** The unlock stamp the guest's session held when it connected (password lists); null otherwise. */
  stamp: string | null;
  /** The newest version this stream has announced. */
  version: number;
  response: ServerResponse;
}

/** A client that stopped reading: past this much unsent output its stream is dropped rather than buffered. */
const MAX_BUFFERED_BYTES = 64 * 1024;
/** After the server ends a stream (shutdown), clients reconnect after a random pause in this range, spread out. */
const RECONNECT_SPREAD_MS = [500, 5000] as const;

function streamHeaders(extra: Record<string, string>): Record<string, string> {
  return {
    'content-type': 'text/event-stream; charset=utf-8',
    // Never stored anywhere (a password list's stream is one guest's), never transformed or buffered by a proxy.
    'cache-control': 'no-store, no-transform',
    'x-accel-buffering': 'no',
    'x-robots-tag': 'noindex',
    ...extra,
  };
}

/** Whether a guest holding `stamp` may still read the registry as it is now. */
export function mayRead(info: Pick<RegistryVersion, 'visibility' | 'passwordStamp'>, stamp: string | null): boolean {
  return info.visibility !== 'password' || (info.passwordStamp !== null && stamp === info.passwordStamp);
}

/**
 * The open event streams of this process, fed by the version pub/sub every process already listens to
 * (RegistryVersions): a write anywhere bumps a registry's version and publishes it after commit, every process
 * hears it, and here each stream of that registry gets one small `changed` event. No query, no document built:
 * the guest's page refetches the list itself, conditionally, through the edge's microcache.
 */
@Injectable()
export class LiveEvents implements OnModuleInit, BeforeApplicationShutdown {
  private readonly logger = new Logger(LiveEvents.name);
  private readonly byRegistry = new Map<string, Set<Stream>>();
  private count = 0;
  private closing = false;
  private heartbeat?: NodeJS.Timeout;
  /** Per registry with open streams and held reservations: a timer for the moment the earliest hold lapses. */
  private readonly lapses = new Map<string, { at: number; timer: NodeJS.Timeout }>();
  private unlisten?: () => void;

  constructor(
    private readonly versions: RegistryVersions,
    private readonly config: AppConfig,
  ) {}

  onModuleInit() {
    this.unlisten = this.versions.store.listen({
      change: (kind, id, info) => {
        if (kind === 'registry') this.announce(id, info);
      },
      resync: () => void this.resync(),
    });
    // One timer for every stream of the process, not one per stream.
    this.heartbeat = setInterval(() => this.beat(), this.config.liveEventsHeartbeatSeconds * 1000);
    this.heartbeat.unref();
  }

  /** Streams open in this process (metrics, tests). */
  get openStreams(): number {
    return this.count;
  }

  /**
   * `GET /api/public/registries/{slug}/events`: the same rules as the list itself (404 for an unknown slug, 401
   * for a password list this session has not unlocked), answered from the version store without SQL when warm;
   * then the response is taken over from Fastify and kept open.
   */
  async open(slug: string, session: Session | undefined, lastSeen: number | null, reply: FastifyReply): Promise<void> {
    const info = slug.length <= 60 ? await this.versions.bySlug(slug) : null;
    if (!info) throw notFound('gift-list');
    const stamp = info.passwordStamp ? (session?.unlocked?.[info.id] ?? null) : null;
    if (!mayRead(info, stamp)) {
      throw new ProblemException(401, 'registry-locked', msg('problems:live-updates.registry-locked'));
    }
    this.assertRoom();
    reply.hijack();
    const headers = { 'x-request-id': String(reply.request.id) };
    // HEAD: the headers a stream would have, and done (Node writes no body for HEAD, so it would never end).
    if (reply.request.method === 'HEAD') return void reply.raw.writeHead(200, streamHeaders(headers)).end();
    this.start(info, stamp, lastSeen, reply.raw, headers);
  }

  /** Refuses before anything is written when this process is full or shutting down: the client retries later. */
  assertRoom(): void {
    if (this.closing || this.count >= this.config.liveEventsMaxStreams) {
      throw new ProblemException(503, 'service-unavailable', msg('problems:live-updates.service-unavailable'), {}, { 'retry-after': '10' });
    }
  }

  /**
   * Starts a stream on a response the caller has taken over (Fastify's hijack): the headers, then the current
   * version unless the client's Last-Event-ID already names it (a reconnect that missed nothing).
   */
  start(info: RegistryVersion, stamp: string | null, lastSeen: number | null, response: ServerResponse, headers: Record<string, string>): void {
    const stream: Stream = { registryId: info.id, slug: info.slug, stamp, version: info.version, response };
    response.writeHead(200, streamHeaders(headers));
    response.write(lastSeen === info.version ? ': up to date\n\n' : sseEvent('changed', info.version, { version: info.version }));
    let streams = this.byRegistry.get(info.id);
    if (!streams) this.byRegistry.set(info.id, (streams = new Set()));
    streams.add(stream);
    this.count++;
    response.once('close', () => this.forget(stream));
    this.scheduleLapse(info);
  }

  /**
   * A held reservation lapses by itself at its deadline, but the version only moves when someone next asks for it
   * (RegistryVersions.current). With guests watching, nobody may ask: so at that moment this process asks, which
   * lapses the holds (a write, published like any other) and the units show as free on every open page.
   */
  private scheduleLapse(info: RegistryVersion) {
    const at = info.holdsExpireAt;
    const known = this.lapses.get(info.id);
    if (known && (at === null || known.at !== at)) {
      clearTimeout(known.timer);
      this.lapses.delete(info.id);
    }
    if (at === null || this.closing || !this.byRegistry.has(info.id) || this.lapses.get(info.id)?.at === at) return;
    // A little after the deadline, so the lapse is due when the version is read; at most a day ahead (timer range).
    const timer = setTimeout(
      () => {
        this.lapses.delete(info.id);
        if (!this.byRegistry.has(info.id)) return;
        this.versions.byId(info.id).then(
          (fresh) => {
            if (fresh) this.scheduleLapse(fresh);
          },
          (error: unknown) => this.logger.warn(`lapsing the holds of registry ${info.id} failed: ${String(error)}`),
        );
      },
      Math.min(86_400_000, Math.max(0, at - Date.now()) + 50),
    );
    timer.unref();
    this.lapses.set(info.id, { at, timer });
  }

  private forget(stream: Stream) {
    const streams = this.byRegistry.get(stream.registryId);
    if (!streams?.delete(stream)) return;
    this.count--;
    if (streams.size) return;
    this.byRegistry.delete(stream.registryId);
    clearTimeout(this.lapses.get(stream.registryId)?.timer);
    this.lapses.delete(stream.registryId);
  }

  /**
   * A registry's new version reached this process (possibly twice: its own publish and the echo from Redis; and
   * out of order across processes): each stream announces only versions newer than it has announced. A stream
   * whose guest may no longer read the list (now password-protected, password changed, renamed, deleted) gets one
   * last event and is closed: the page's refetch then shows the lock (or the 404), and its reconnect is refused.
   */
  private announce(registryId: string, info: RegistryVersion | null) {
    const streams = this.byRegistry.get(registryId);
    if (!streams) return;
    if (info) this.scheduleLapse(info);
    for (const stream of [...streams]) {
      // An older copy (a late echo, a stale read) says nothing about now: neither a new version nor a lock.
      if (info && info.version < stream.version) continue;
      const allowed = info !== null && info.slug === stream.slug && mayRead(info, stream.stamp);
      const version = info?.version ?? stream.version;
      if (!allowed) {
        this.send(stream, sseEvent('changed', Math.max(version, stream.version + 1), { version: null }));
        stream.response.end();
        continue;
      }
      if (version <= stream.version) continue;
      stream.version = version;
      this.send(stream, sseEvent('changed', version, { version }));
    }
  }

  /** After the pub/sub connection came back (and on each heartbeat): announcements may have been missed, so read the versions again. */
  private async resync() {
    for (const registryId of [...this.byRegistry.keys()]) {
      try {
        this.announce(registryId, await this.versions.byId(registryId));
      } catch (error) {
        this.logger.warn(`re-reading registry ${registryId} after a pub/sub drop failed: ${String(error)}`);
      }
    }
  }

  /**
   * Heartbeats, and a re-read of each watched registry's version (from memory, or Redis once the local copy's
   * trust has run out): should a pub/sub message have been lost, the streams catch up within a heartbeat or two.
   */
  private beat() {
    for (const streams of this.byRegistry.values()) for (const stream of streams) this.send(stream, SSE_HEARTBEAT);
    void this.resync();
  }

  private send(stream: Stream, chunk: string) {
    const { response } = stream;
    if (response.writableEnded || response.destroyed) return;
    // A guest whose phone went to sleep without closing: drop it rather than hold its backlog in memory.
    if (response.writableLength > MAX_BUFFERED_BYTES) {
      response.destroy();
      return;
    }
    response.write(chunk);
  }

  /**
   * SIGTERM (enableShutdownHooks → app.close): before the HTTP server stops, every stream is ended cleanly with a
   * reconnect hint spread over a few seconds, so the guests move to the other API processes without all arriving
   * at once, and the server's close does not wait on connections that never end by themselves.
   */
  beforeApplicationShutdown() {
    this.closing = true;
    clearInterval(this.heartbeat);
    for (const { timer } of this.lapses.values()) clearTimeout(timer);
    this.lapses.clear();
    this.unlisten?.();
    const [low, high] = RECONNECT_SPREAD_MS;
    for (const streams of this.byRegistry.values()) {
      for (const stream of [...streams]) {
        this.send(stream, sseRetry(low + Math.random() * (high - low)));
        stream.response.end();
      }
    }
  }
}
