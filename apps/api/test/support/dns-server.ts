import dns2 from 'dns2';

const { Packet } = dns2;

/**
 * A small authoritative DNS server on a free loopback UDP port, standing in for couples' DNS providers: the test
 * sets the TXT records a name has; every other name is NXDOMAIN. `failing` names answer SERVFAIL (a DNS outage).
 * Only erasable TypeScript: the browser tests (Node's type stripping) use it too.
 */
export class TestDnsServer {
  private readonly txt: Map<string, string[][]>;
  private readonly failing: Set<string>;
  private readonly server: ReturnType<typeof dns2.createServer>;
  readonly address: string;

  private constructor(server: ReturnType<typeof dns2.createServer>, address: string, txt: Map<string, string[][]>, failing: Set<string>) {
    this.server = server;
    this.address = address;
    this.txt = txt;
    this.failing = failing;
  }

  static async start(): Promise<TestDnsServer> {
    const txt = new Map<string, string[][]>();
    const failing = new Set<string>();
    const server = dns2.createServer({
      udp: true,
      handle: (request, send) => {
        const response = Packet.createResponseFromRequest(request);
        const [question] = request.questions;
        const name = question.name.toLowerCase();
        if (failing.has(name)) {
          response.header.rcode = Packet.RCODE.SERVFAIL;
        } else if (txt.has(name) && question.type === Packet.TYPE.TXT) {
          for (const data of txt.get(name)!) {
            // dns2's types want a decoded Resource; the encoder takes this plain record.
            const answer = { name: question.name, type: Packet.TYPE.TXT, class: Packet.CLASS.IN, ttl: 60, data };
            response.answers.push(answer as unknown as (typeof response.answers)[number]);
          }
        } else if (!txt.has(name)) {
          response.header.rcode = Packet.RCODE.NXDOMAIN;
        }
        void send(response);
      },
    });
    const addresses = await server.listen({ udp: { port: 0, address: '127.0.0.1' } });
    return new TestDnsServer(server, `127.0.0.1:${addresses.udp!.port}`, txt, failing);
  }

  /** Each value is one TXT record; a value given as several strings is one record split into chunks. */
  setTxt(name: string, ...records: (string | string[])[]): void {
    this.txt.set(
      name.toLowerCase(),
      records.map((r) => (Array.isArray(r) ? r : [r])),
    );
  }

  clear(name: string): void {
    this.txt.delete(name.toLowerCase());
  }

  fail(name: string): void {
    this.failing.add(name.toLowerCase());
  }

  close(): Promise<void> {
    return this.server.close();
  }
}
