import type { ServerResponse } from 'node:http';
import type { VersionListener } from '@whispergifts/http-cache';
import type { RegistryVersion, RegistryVersions } from '../caching/registry-versions.service';
import type { AppConfig } from '../common/config/app-config';
import { LiveEvents } from './live-events.service';

/** A response that records what was written to it. */
function fakeResponse() {
  const written: string[] = [];
  let ended = false;
  const response = {
    writeHead: () => response,
    write: (chunk: string) => written.push(chunk),
    end: () => (ended = true),
    once: () => response,
    destroy: () => (ended = true),
    get writableEnded() {
      return ended;
    },
    destroyed: false,
    writableLength: 0,
  };
  return { response: response as unknown as ServerResponse, written, ended: () => ended };
}

const info = (version: number, fields: Partial<RegistryVersion> = {}): RegistryVersion => ({
  id: 'r1',
  version,
  slug: 'ana-and-ben',
  updatedAt: 0,
  visibility: 'public',
  passwordStamp: null,
  ownerIds: [],
  surpriseMode: false,
  revealDate: null,
  holdsExpireAt: null,
  ...fields,
});

function hub() {
  let listener!: VersionListener<RegistryVersion>;
  const versions = {
    store: { listen: (l: VersionListener<RegistryVersion>) => ((listener = l), () => undefined) },
    byId: () => Promise.resolve(null),
  } as unknown as RegistryVersions;
  const live = new LiveEvents(versions, { liveEventsHeartbeatSeconds: 60, liveEventsMaxStreams: 10 } as AppConfig);
  live.onModuleInit();
  return { live, change: (i: RegistryVersion | null) => listener.change('registry', 'r1', i), close: () => live.beforeApplicationShutdown() };
}

describe('LiveEvents', () => {
  it('announces each newer version once, whatever order and how often the copies arrive', () => {
    const { live, change, close } = hub();
    const stream = fakeResponse();
    live.start(info(5), null, null, stream.response, {});
    change(info(6));
    change(info(6)); // the echo of its own publish
    change(info(5)); // a late, older copy
    change(info(8));
    change(info(7));
    expect(stream.written.filter((c) => c.startsWith('event:')).map((c) => /id: (\d+)/.exec(c)![1])).toEqual(['5', '6', '8']);
    close();
  });

  it('ends a stream when a newer version locks the list for its guest, but not on an older copy that says so', () => {
    const { live, change, close } = hub();
    const stream = fakeResponse();
    live.start(info(5), null, null, stream.response, {});
    change(info(4, { visibility: 'password', passwordStamp: 'abc' }));
    expect(stream.ended()).toBe(false);
    change(info(6, { visibility: 'password', passwordStamp: 'abc' }));
    expect(stream.ended()).toBe(true);
    expect(stream.written.at(-1)).toBe('event: changed\nid: 6\ndata: {"version":null}\n\n');
    expect(live.openStreams).toBe(1); // (forgotten on the response's close event, which this fake never fires)
    close();
  });

  it('keeps streaming to the session holding the current password stamp, and ends it when the password changes', () => {
    const { live, change, close } = hub();
    const stream = fakeResponse();
    live.start(info(5, { visibility: 'password', passwordStamp: 'abc' }), 'abc', 5, stream.response, {});
    expect(stream.written).toEqual([': up to date\n\n']);
    change(info(6, { visibility: 'password', passwordStamp: 'abc' }));
    expect(stream.ended()).toBe(false);
    change(info(7, { visibility: 'password', passwordStamp: 'def' }));
    expect(stream.ended()).toBe(true);
    close();
  });
});
