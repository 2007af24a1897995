import dns2 from 'dns2';

const { Packet } = dns2;

/**
 * A small authoritative DNS server on a free loopback UDP port, standing in for couples' DNS providers: the test
 * sets the TXT records a name has; every other name is NXDOMAIN. `failing` names answer SERVFAIL (a DNS outage).
 * Only erasable TypeScript: the browser tests (Node's type stripping) use it too.
 */
export class TestDnsServer {
  private readonly txt = new Map<string, string[][]>();
  private readonly failing = new Set<string>();
  private readonly server: ReturnType<typeof dns2.createServer>;
  readonly address: string;

  private constructor(server: ReturnType<typeof dns2.createServer>, address: string) {
    this.server = server;
    this.address = address;
  }

  static async start(): Promise<TestDnsServer> {
    let self: TestDnsServer | undefined;
    const server = dns2.createServer({
      udp: true,
      handle: (request, send) => {
        const response = Packet.createResponseFromRequest(request);
        const [question] = request.questions;
        const name = question.name.toLowerCase();
        if (self?.failing.has(name)) {
          response.header.rcode = Packet.RCODE.SERVFAIL;
        } else if (self?.txt.has(name) && question.type === Packet.TYPE.TXT) {
          for (const data of self.txt.get(name)!) response.answers.push({ name: question.name, type: Packet.TYPE.TXT, class: Packet.CLASS.IN, ttl: 60, data });
        } else if (!self?.txt.has(name)) {
          response.header.rcode = Packet.RCODE.NXDOMAIN;
        }
        void send(response);
      },
    });
    const addresses = await server.listen({ udp: { port: 0, address: '127.0.0.1' } });
    self = new TestDnsServer(server, `127.0.0.1:${addresses.udp!.port}`);
    return self;
  }

  /** Each value is one TXT record; a value given as several strings is one record split into chunks. */
  setTxt(name: string, ...records: (string | string[])[]): void {
    this.txt.set(name.toLowerCase(), records.map((r) => (Array.isArray(r) ? r : [r])));
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
