import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { GiftList } from '@whispergifts/api-client';
import { aGiftList, aGiftListItem } from '@/testing/data';
import { fakeApi, json, problem, type FakeApi } from '@/testing/fake-api';
import { renderApp } from '@/testing/render';

const LIST = '/api/public/registries/{slug}';
const EVENTS = '/api/public/registries/{slug}/events';

let api: FakeApi;
beforeEach(() => {
  api = fakeApi();
  api.install();
});

/** An open event stream the test writes to, as the API would. */
function eventStream() {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) });
  const response = new Response(body, { headers: { 'content-type': 'text/event-stream; charset=utf-8' } });
  const changed = (version: number | null, id = version ?? 0) =>
    controller.enqueue(new TextEncoder().encode(`event: changed\nid: ${id}\ndata: ${JSON.stringify({ version })}\n\n`));
  return { response, changed, end: () => controller.close() };
}

const listAt = (version: number, name: string): GiftList => ({ ...aGiftList([aGiftListItem({ name })]), version });

describe('live updates on the guest gift list', () => {
  it('refetches the list when a newer version is announced, and not for the version it shows', async () => {
    let current = listAt(7, 'Teapot');
    api.on('GET', LIST, () => json(current));
    const stream = eventStream();
    api.on('GET', EVENTS, () => stream.response);
    renderApp('/r/ana-and-ben');
    expect(await screen.findByRole('heading', { level: 3, name: 'Teapot' })).toBeDefined();
    await waitFor(() => expect(api.sent('GET', '/api/public/registries/ana-and-ben/events')).toHaveLength(1));

    // The stream's first event names the version already shown: nothing to fetch.
    stream.changed(7);
    await new Promise((done) => setTimeout(done, 50));
    expect(api.sent('GET', '/api/public/registries/ana-and-ben')).toHaveLength(1);

    // Someone reserved or the couple renamed the gift: the page shows it without a reload.
    current = listAt(8, 'Copper teapot');
    stream.changed(8);
    expect(await screen.findByRole('heading', { level: 3, name: 'Copper teapot' })).toBeDefined();
    expect(api.sent('GET', '/api/public/registries/ana-and-ben')).toHaveLength(2);
  });

  it('asks again while the answer is older than announced (the edge may hold the old copy a second or two)', async () => {
    let current = listAt(7, 'Teapot');
    api.on('GET', LIST, () => json(current));
    const stream = eventStream();
    api.on('GET', EVENTS, () => stream.response);
    renderApp('/r/ana-and-ben');
    await screen.findByRole('heading', { level: 3, name: 'Teapot' });
    await waitFor(() => expect(api.sent('GET', '/api/public/registries/ana-and-ben/events')).toHaveLength(1));
    stream.changed(9);
    await waitFor(() => expect(api.sent('GET', '/api/public/registries/ana-and-ben')).toHaveLength(2));
    current = listAt(9, 'Silver teapot');
    expect(await screen.findByRole('heading', { level: 3, name: 'Silver teapot' }, { timeout: 2500 })).toBeDefined();
    expect(api.sent('GET', '/api/public/registries/ana-and-ben')).toHaveLength(3);
  });

  it('reconnects after the stream ends, saying with Last-Event-ID which version it heard last', async () => {
    api.on('GET', LIST, () => json(listAt(7, 'Teapot')));
    const streams = [eventStream(), eventStream()];
    let opened = 0;
    api.on('GET', EVENTS, () => streams[opened++].response);
    renderApp('/r/ana-and-ben');
    await screen.findByRole('heading', { level: 3, name: 'Teapot' });
    await waitFor(() => expect(opened).toBe(1));
    streams[0].changed(7);
    // A server restart: it ends the stream and says when to come back.
    await new Promise((done) => setTimeout(done, 20));
    streams[0].end();
    await waitFor(() => expect(opened).toBe(2), { timeout: 2500 });
    const [first, second] = api.sent('GET', '/api/public/registries/ana-and-ben/events');
    expect(first.headers.get('last-event-id')).toBeNull();
    expect(second.headers.get('last-event-id')).toBe('7');
    expect(second.headers.get('accept')).toBe('text/event-stream');
  });

  it('shows the lock when the list becomes password-protected, and stops listening', async () => {
    let locked = false;
    api.on('GET', LIST, () => (locked ? problem(401, 'registry-locked', 'This gift list is password protected.') : json(listAt(7, 'Teapot'))));
    const stream = eventStream();
    api.on('GET', EVENTS, () => (locked ? problem(401, 'registry-locked', 'Locked.') : stream.response));
    renderApp('/r/ana-and-ben');
    await screen.findByRole('heading', { level: 3, name: 'Teapot' });
    await waitFor(() => expect(api.sent('GET', '/api/public/registries/ana-and-ben/events')).toHaveLength(1));
    locked = true;
    stream.changed(null, 8);
    stream.end();
    expect(await screen.findByLabelText(/password/i)).toBeDefined();
    await new Promise((done) => setTimeout(done, 1500));
    expect(api.sent('GET', '/api/public/registries/ana-and-ben/events')).toHaveLength(1);
  });
});
