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

  it('reads lists and strips a trailing slash from PUBLIC_URL', () => {
    const config = loadConfig({ ...minimal, TRUST_PROXY: 'loopback, 10.0.0.0/8', PUBLIC_URL: 'https://gifts.example.com/' });
    expect(config.trustProxy).toEqual(['loopback', '10.0.0.0/8']);
    expect(config.publicUrl).toBe('https://gifts.example.com');
  });

  it('bounds guest reservations by default, and reads each bound from the environment', () => {
    expect(loadConfig(minimal)).toMatchObject({
      reservationMaxUnits: 10,
      reservationsPerIp: 20,
      reservationsPerEmail: 10,
      reservationHoldAfter: 10,
      reservationHoldWindowMinutes: 10,
      reservationHoldMinutes: 30,
    });
    const tuned = loadConfig({
      ...minimal,
      RESERVATION_MAX_UNITS: '3',
      RESERVATION_LIMIT_PER_IP: '50',
      RESERVATION_LIMIT_PER_EMAIL: '5',
      RESERVATION_HOLD_AFTER: '0',
      RESERVATION_HOLD_WINDOW_MINUTES: '60',
      RESERVATION_HOLD_MINUTES: '0.5',
    });
    expect(tuned).toMatchObject({
      reservationMaxUnits: 3,
      reservationsPerIp: 50,
      reservationsPerEmail: 5,
      reservationHoldAfter: 0,
      reservationHoldWindowMinutes: 60,
      reservationHoldMinutes: 0.5,
    });
    expect(() => loadConfig({ ...minimal, RESERVATION_MAX_UNITS: '101' })).toThrow(/RESERVATION_MAX_UNITS is malformed/);
    expect(() => loadConfig({ ...minimal, RESERVATION_LIMIT_PER_IP: '0' })).toThrow(/RESERVATION_LIMIT_PER_IP is malformed/);
    expect(() => loadConfig({ ...minimal, RESERVATION_HOLD_MINUTES: 'half an hour' })).toThrow(/RESERVATION_HOLD_MINUTES is malformed/);
    expect(() => loadConfig({ ...minimal, RESERVATION_HOLD_MINUTES: '0' })).toThrow(/RESERVATION_HOLD_MINUTES is malformed/);
  });
});
