import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { api } from '@/lib/api';
import { EventStreamConnection } from '@/lib/event-stream';
import { queryKeys } from '@/lib/query-keys';
import { whenIdle } from '@/lib/when-idle';
import { useGiftList } from './get-gift-list';

/** `GET /api/public/registries/{slug}/events`: opened with the client's typed path, read as a stream. */
export async function openGiftListEvents(slug: string, lastEventId: string | null, signal: AbortSignal) {
  const { data, response } = await api.GET('/api/public/registries/{slug}/events', {
    params: { path: { slug } },
    headers: { accept: 'text/event-stream', ...(lastEventId ? { 'last-event-id': lastEventId } : {}) },
    parseAs: 'stream',
    signal,
    // Never ahead of what the page shows: a long-lived request at the default (high) priority also keeps
    // Lighthouse, and the browser's own scheduling, waiting for a "quiet" network that never comes.
    priority: 'low',
  });
  return { status: response.status, body: data as ReadableStream<Uint8Array> | null | undefined, retryAfter: response.headers.get('retry-after') };
}

/**
 * After an event the edge's microcache may still hand out the older list for up to ~2 s (its documented bound):
 * ask again this often, this many times, until the list shows the version announced.
 */
export const STALE_RETRY_MS = 1000;
export const STALE_RETRIES = 3;

/**
 * Keeps an open gift list current (issue 14 §5): listens to the list's event stream and, when a version newer
 * than the one shown is announced, refetches the list. The refetch is conditional (the browser's cache holds the
 * ETag), so a version that changed nothing for this guest costs a 304. A hidden tab closes its stream and says on
 * its return, with Last-Event-ID, what it heard last; reconnects back off (lib/event-stream.ts).
 */
export function useGiftListEvents(slug: string) {
  const queryClient = useQueryClient();
  // The same query the page shows (shared, not fetched twice): its version, and when it last arrived.
  const { data, dataUpdatedAt, isSuccess } = useGiftList(slug);
  const shownVersion = data?.version;
  const shown = useRef(shownVersion);
  shown.current = shownVersion;
  const wanted = useRef<{ version: number; tries: number } | null>(null);
  // Only while the list shows: a lock or a 404 closes the stream, and a successful unlock opens it again.
  const live = isSuccess;

  useEffect(() => {
    if (!live) return;
    const refetch = () => void queryClient.invalidateQueries({ queryKey: queryKeys.giftList(slug), exact: true });
    const connection = new EventStreamConnection({
      open: (lastEventId, signal) => openGiftListEvents(slug, lastEventId, signal),
      onEvent: ({ event, data }) => {
        if (event !== 'changed') return;
        const { version } = JSON.parse(data) as { version: number | null };
        // null: gone or locked for us now; the refetch shows which.
        if (version === null) return refetch();
        if (shown.current !== undefined && version <= shown.current) return;
        wanted.current = { version, tries: 0 };
        refetch();
      },
      // Locked (the password changed) or gone: the list's own refetch shows it; no point asking again.
      onRefused: refetch,
    });
    const onVisibility = () => (document.hidden ? connection.stop() : connection.start());
    // The stream is for changes after the list has shown, so opening it never competes with the list's first paint;
    // its first event names the current version, so nothing that happened in between is missed.
    const cancelStart = whenIdle(() => !document.hidden && connection.start());
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      cancelStart();
      document.removeEventListener('visibilitychange', onVisibility);
      connection.stop();
    };
  }, [slug, live, queryClient]);

  // The refetch came back older than announced (the edge's copy): try again shortly, a few times. Runs after
  // every fetch (dataUpdatedAt), also one that brought the same version back.
  useEffect(() => {
    const target = wanted.current;
    if (!target || shownVersion === undefined) return;
    if (shownVersion >= target.version || target.tries >= STALE_RETRIES) {
      wanted.current = null;
      return;
    }
    const timer = setTimeout(() => {
      target.tries++;
      void queryClient.refetchQueries({ queryKey: queryKeys.giftList(slug), exact: true });
    }, STALE_RETRY_MS);
    return () => clearTimeout(timer);
  }, [shownVersion, dataUpdatedAt, slug, queryClient]);
}
