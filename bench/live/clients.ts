import { Socket, connect } from 'node:net';
import { performance } from 'node:perf_hooks';

/**
 * Thousands of event-stream clients in one process, as lean as a client can be: a raw socket each, one request
 * written by hand, and the response read only for the events' ids (the registry versions). Each client keeps the
 * moments it first heard each new version; nothing else, so the load generator stays small next to the servers.
 */
export interface StreamClient {
  socket: Socket;
  status: number | null;
  /** [version, performance.now()] for each version heard, in order (only versions newer than the last). */
  heard: [number, number][];
  ended: boolean;
}

const ID = /\nid: (\d+)\n/g;

/** Opens one stream through `port` (nginx), resolving once its first event (the current version) arrived. */
export function openClient(port: number, path: string, timeoutMs = 30_000): Promise<StreamClient> {
  return new Promise((done, reject) => {
    const socket = connect({ port, host: '127.0.0.1' });
    const client: StreamClient = { socket, status: null, heard: [], ended: false };
    let tail = '';
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no first event within ${timeoutMs} ms (status ${client.status})`));
    }, timeoutMs);
    socket.setEncoding('latin1');
    socket.setNoDelay(true);
    socket.on('connect', () => socket.write(`GET ${path} HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\nUser-Agent: wg-bench-live\r\n\r\n`));
    socket.on('data', (chunk: string) => {
      const now = performance.now();
      if (client.status === null) {
        client.status = Number(/^HTTP\/1\.1 (\d{3})/.exec(chunk)?.[1] ?? 0);
        if (client.status !== 200) {
          clearTimeout(timer);
          socket.destroy();
          reject(new Error(`status ${client.status}`));
          return;
        }
      }
      // An event split across two reads is found in the carried-over tail; versions only count once, rising.
      const text = tail + chunk;
      tail = text.slice(-40);
      for (const match of text.matchAll(ID)) {
        const version = Number(match[1]);
        const last = client.heard.at(-1)?.[0] ?? -1;
        if (version > last) client.heard.push([version, now]);
      }
      if (client.heard.length) {
        clearTimeout(timer);
        done(client);
      }
    });
    const end = () => {
      client.ended = true;
      clearTimeout(timer);
    };
    socket.on('close', end);
    socket.on('error', (error) => {
      end();
      reject(error);
    });
  });
}

/** When `client` first heard `version` or a newer one (performance.now()), or null. */
export function heardAt(client: StreamClient, version: number): number | null {
  for (const [v, at] of client.heard) if (v >= version) return at;
  return null;
}
