import { ConfigError, loadConfig } from './app-config';

const minimal = { DATABASE_URL: 'postgres://u@localhost/db', REDIS_URL: 'redis://localhost:6379' };

describe('loadConfig', () => {
  it('applies defaults', () => {
    const config = loadConfig(minimal);
    expect(config).toMatchObject({
      port: 3000,
      cacheRedisUrl: 'redis://localhost:6379',
      nodeEnv: 'development',
      publicUrl: 'http://localhost:3000',
      trustProxy: [],
    });
  });

  it('names every missing or malformed variable at once', () => {
    expect(() => loadConfig({ PORT: 'eighty', REDIS_URL: 'http://nope' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: 'eighty', REDIS_URL: 'http://nope' });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('DATABASE_URL is required');
      expect(message).toContain('PORT is malformed');
      expect(message).toContain('REDIS_URL is malformed');
    }
  });

  it('requires a real SESSION_SECRET in production', () => {
    expect(() => loadConfig({ ...minimal, NODE_ENV: 'production' })).toThrow(/SESSION_SECRET is required/);
    expect(() => loadConfig({ ...minimal, NODE_ENV: 'production', SESSION_SECRET: 'short' })).toThrow(/SESSION_SECRET is malformed/);
    expect(loadConfig({ ...minimal, NODE_ENV: 'production', SESSION_SECRET: 's'.repeat(40) }).sessionSecret).toBe('s'.repeat(40));
  });

  it('sends Server-Timing by default in development and test only; EXPOSE_SERVER_TIMING overrides', () => {
    const secret = { SESSION_SECRET: 's'.repeat(40) };
    expect(loadConfig(minimal).exposeServerTiming).toBe(true);
    expect(loadConfig({ ...minimal, NODE_ENV: 'test' }).exposeServerTiming).toBe(true);
    expect(loadConfig({ ...minimal, ...secret, NODE_ENV: 'production' }).exposeServerTiming).toBe(false);
    expect(loadConfig({ ...minimal, ...secret, NODE_ENV: 'production', EXPOSE_SERVER_TIMING: 'true' }).exposeServerTiming).toBe(true);
    expect(loadConfig({ ...minimal, EXPOSE_SERVER_TIMING: 'false' }).exposeServerTiming).toBe(false);
    expect(() => loadConfig({ ...minimal, EXPOSE_SERVER_TIMING: 'yes' })).toThrow(/EXPOSE_SERVER_TIMING is malformed: expected true or false/);
  });

  it('reads lists and strips a trailing slash from PUBLIC_URL', () => {
    const config = loadConfig({ ...minimal, TRUST_PROXY: 'loopback, 10.0.0.0/8', PUBLIC_URL: 'https://gifts.example.com/' });
    expect(config.trustProxy).toEqual(['loopback', '10.0.0.0/8']);
    expect(config.publicUrl).toBe('https://gifts.example.com');
  });
});
