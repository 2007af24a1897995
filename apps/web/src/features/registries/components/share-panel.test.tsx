import { screen, waitFor, within } from '@testing-library/react';
import jsQR from 'jsqr';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Registry } from '@whispergifts/api-client';
import { aRegistry, aRegistrySummary, aUser } from '@/testing/data';
import { fakeApi, json, type FakeApi } from '@/testing/fake-api';
import { renderApp } from '@/testing/render';

let api: FakeApi;
let registry: Registry;
beforeEach(() => {
  api = fakeApi();
  api.install();
  registry = aRegistry({ coupleNames: 'Ana & Ben <3', guestUrl: 'https://gifts.example/r/ana-and-ben' });
  api.on('GET', '/api/me', () => json(aUser()));
  api.on('GET', '/api/registries', () => json([aRegistrySummary(registry)]));
  api.on('GET', '/api/registries/{registryId}', () => json(registry));
  api.on('GET', '/api/registries/{registryId}/invitations', () => json({ invitations: [], nextCursor: null }));
});

const openShareTab = async () => {
  const view = renderApp(`/dashboard/registries/${registry.id}/share`);
  await screen.findByLabelText('Link to your gift list');
  return view;
};

/** What the browser would save: each blob handed to a download link, with the file name. */
function captureDownloads() {
  const blobs = new Map<string, Blob>();
  const saved: { name: string; blob: Blob }[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (this.download) saved.push({ name: this.download, blob: blobs.get(this.href)! });
  });
  return saved;
}

/** Scans pixels the way a phone's camera would. */
const scan = (pixels: Uint8ClampedArray, size: number) => jsQR(pixels, size, size)?.data ?? null;

describe('the share panel', () => {
  it('links to WhatsApp, Facebook, X and e-mail with every part encoded, opening in a new tab without a window handle', async () => {
    await openShareTab();
    const text = 'Ana & Ben <3: our wedding gift list';
    const share = within(screen.getByRole('group', { name: 'Share the link' }));

    const whatsapp = share.getByRole('link', { name: 'WhatsApp' });
    expect(whatsapp.getAttribute('href')).toBe(`https://wa.me/?text=${encodeURIComponent(`${text} ${registry.guestUrl}`)}`);
    // "&" in the names stays in the text instead of starting a parameter.
    expect(new URL(whatsapp.getAttribute('href')!).searchParams.get('text')).toBe(`${text} https://gifts.example/r/ana-and-ben`);

    const facebook = new URL(share.getByRole('link', { name: 'Facebook' }).getAttribute('href')!);
    expect(facebook.origin + facebook.pathname).toBe('https://www.facebook.com/sharer/sharer.php');
    expect(facebook.searchParams.get('u')).toBe(registry.guestUrl);

    const x = new URL(share.getByRole('link', { name: 'X' }).getAttribute('href')!);
    expect(x.origin + x.pathname).toBe('https://x.com/intent/post');
    expect(Object.fromEntries(x.searchParams)).toEqual({ text, url: registry.guestUrl });

    const email = share.getByRole('link', { name: 'E-mail' }).getAttribute('href')!;
    expect(email.startsWith('mailto:?')).toBe(true);
    const mail = new URLSearchParams(email.slice('mailto:?'.length));
    expect(mail.get('subject')).toBe(text);
    expect(mail.get('body')).toContain(registry.guestUrl);

    for (const name of ['WhatsApp', 'Facebook', 'X']) {
      const link = share.getByRole('link', { name });
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')?.split(' ')).toContain('noopener');
    }
  });

  it('shows no share-sheet button where the browser has no Web Share', async () => {
    await openShareTab();
    expect(screen.queryByRole('button', { name: 'Share…' })).toBeNull();
  });

  it('opens the share sheet with the message; closing it is not an error', async () => {
    const share = vi.fn<(data: ShareData) => Promise<void>>().mockRejectedValueOnce(new DOMException('closed', 'AbortError')).mockResolvedValue();
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
    try {
      const { user } = await openShareTab();
      await user.click(screen.getByRole('button', { name: 'Share…' }));
      expect(share).toHaveBeenLastCalledWith({ title: registry.title, text: 'Ana & Ben <3: our wedding gift list', url: registry.guestUrl });
      expect(screen.queryByRole('alert')).toBeNull();
      share.mockRejectedValueOnce(new DOMException('denied', 'NotAllowedError'));
      await user.click(screen.getByRole('button', { name: 'Share…' }));
      expect((await screen.findByRole('alert')).textContent).toMatch(/copy the link instead/);
    } finally {
      delete (navigator as { share?: unknown }).share;
    }
  });

  it('downloads the QR code as an SVG file that names itself and scans to the link', async () => {
    const saved = captureDownloads();
    const { user } = await openShareTab();
    await user.click(screen.getByRole('button', { name: 'Download QR code (SVG)' }));
    expect(saved.map((s) => s.name)).toEqual(['whispergifts-ana-and-ben-qr.svg']);
    expect(saved[0].blob.type).toBe('image/svg+xml');
    const svg = new DOMParser().parseFromString(await saved[0].blob.text(), 'image/svg+xml').documentElement;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.querySelector('title')?.textContent).toBe(`QR code: the gift list of Ana & Ben <3 at ${registry.guestUrl}`);

    // Draw its unit squares (quiet zone included) at 8 px a module and scan it.
    const size = Number(svg.getAttribute('viewBox')!.split(' ')[2]);
    const scale = 8;
    const pixels = new Uint8ClampedArray((size * scale) ** 2 * 4).fill(255);
    for (const [, x, y] of svg
      .querySelector('path')!
      .getAttribute('d')!
      .matchAll(/M(\d+) (\d+)/g))
      for (let dy = 0; dy < scale; dy++)
        for (let dx = 0; dx < scale; dx++)
          pixels.fill(
            0,
            ((Number(y) * scale + dy) * size * scale + Number(x) * scale + dx) * 4,
            ((Number(y) * scale + dy) * size * scale + Number(x) * scale + dx) * 4 + 3,
          );
    expect(scan(pixels, size * scale)).toBe(registry.guestUrl);
  });

  it('downloads a 2048 px PNG with a white quiet zone that scans to the link', async () => {
    const saved = captureDownloads();
    // jsdom has no canvas: a stand-in that keeps the rectangles drawn in pixels, as the browser's would.
    let canvas: { width: number; pixels: Uint8ClampedArray } | undefined;
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(function (this: HTMLCanvasElement) {
      const width = this.width;
      const drawn = (canvas = { width, pixels: new Uint8ClampedArray(width * this.height * 4) });
      const context = {
        fillStyle: '#000',
        fillRect(x: number, y: number, w: number, h: number) {
          const v = context.fillStyle === '#fff' ? 255 : 0;
          for (let row = y; row < y + h; row++) drawn.pixels.fill(v, (row * width + x) * 4, (row * width + x + w) * 4);
        },
      };
      return context as unknown as CanvasRenderingContext2D;
    } as unknown as typeof HTMLCanvasElement.prototype.getContext);
    vi.spyOn(HTMLCanvasElement.prototype, 'toBlob').mockImplementation((callback, type) => callback(new Blob(['png'], { type })));

    const { user } = await openShareTab();
    await user.click(screen.getByRole('button', { name: 'Download QR code (PNG, 2048 px)' }));
    await waitFor(() => expect(saved.map((s) => s.name)).toEqual(['whispergifts-ana-and-ben-qr.png']));
    expect(saved[0].blob.type).toBe('image/png');
    expect(canvas!.width).toBe(2048);
    // Alpha was left at 0 by fill(); make the picture opaque, then check the border is white and the code scans.
    for (let i = 3; i < canvas!.pixels.length; i += 4) canvas!.pixels[i] = 255;
    const quiet = Math.floor(2048 / 41) * 4;
    expect(canvas!.pixels.subarray(0, quiet * 2048 * 4).every((v) => v === 255)).toBe(true);
    expect(scan(canvas!.pixels, 2048)).toBe(registry.guestUrl);
  });

  it('keeps a record of whom the list went to, and offers to resend to an address invited this week', async () => {
    api.on('GET', '/api/registries/{registryId}/invitations', () =>
      json({ invitations: [{ id: '7b0f4f5e-0d7e-4a36-9d54-5a7e1f1b8c01', email: 'may@example.com', sentAt: '2026-12-01T10:30:00Z' }], nextCursor: null }),
    );
    api.on('POST', '/api/registries/{registryId}/invitations', ({ body }) => {
      const { resend } = body as { resend?: boolean };
      return resend
        ? json({ invited: ['may@example.com'], skipped: [], remaining: 197 }, { status: 202 })
        : json(
            { invited: [], skipped: [{ email: 'may@example.com', reason: 'invited-recently', invitedAt: '2026-12-01T10:30:00Z' }], remaining: 198 },
            { status: 202 },
          );
    });
    const { user } = await openShareTab();
    const table = await screen.findByRole('table', { name: 'Whom the gift list was e-mailed to, newest first' });
    expect(within(table).getByRole('rowheader', { name: 'may@example.com' })).toBeDefined();
    expect(within(table).getByText((_, el) => el?.tagName === 'TIME' && el.getAttribute('datetime') === '2026-12-01T10:30:00Z')).toBeDefined();

    await user.type(screen.getByLabelText('Guests’ e-mail addresses'), 'may@example.com');
    await user.click(screen.getByRole('button', { name: 'Send invitations' }));
    expect(await screen.findByText(/Not sent again: you invited this guest in the last week/)).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Send to them again' }));
    expect(await screen.findByText('Sent to 1 guest. You can send 197 more today.')).toBeDefined();
    expect(api.sent('POST', `/api/registries/${registry.id}/invitations`).map((r) => r.body)).toEqual([
      { emails: ['may@example.com'] },
      { emails: ['may@example.com'], resend: true },
    ]);
    // The record is asked again after each send.
    expect(api.sent('GET', `/api/registries/${registry.id}/invitations`).length).toBeGreaterThanOrEqual(2);
  });
});
