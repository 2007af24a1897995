import { envelopeUrl, tunnelTarget } from './error-tunnel';

describe('error tunnel', () => {
  const allowed = 'https://abc123@o9.ingest.example.io/42';
  const envelope = (header: unknown) => `${JSON.stringify(header)}\n{"type":"event"}\n{"message":"boom"}`;

  it('turns a DSN into its envelope endpoint', () => {
    expect(envelopeUrl(allowed)).toBe('https://o9.ingest.example.io/api/42/envelope/');
  });

  it('relays only envelopes addressed to the configured project', () => {
    expect(tunnelTarget(envelope({ dsn: allowed }), allowed)).toEqual({ url: 'https://o9.ingest.example.io/api/42/envelope/' });
    expect(tunnelTarget(envelope({ dsn: 'https://abc123@o9.ingest.example.io/43' }), allowed)).toBeNull();
    expect(tunnelTarget(envelope({ dsn: 'https://abc123@evil.example/42' }), allowed)).toBeNull();
    expect(tunnelTarget(envelope({ dsn: 'http://abc123@o9.ingest.example.io/42' }), allowed)).toBeNull();
    expect(tunnelTarget(envelope({}), allowed)).toBeNull();
    expect(tunnelTarget('not json\n{}', allowed)).toBeNull();
    expect(tunnelTarget(envelope({ dsn: 'not a url' }), allowed)).toBeNull();
  });
});
