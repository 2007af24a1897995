import { ConfigError, loadConfig } from './app-config';
import { RATE_LIMITS } from './rate-limit-defaults';

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

  it('reads from a replica only when DATABASE_REPLICA_URL names one', () => {
    expect(loadConfig(minimal).databaseReplicaUrl).toBeNull();
    expect(loadConfig({ ...minimal, DATABASE_REPLICA_URL: '' }).databaseReplicaUrl).toBeNull();
    expect(loadConfig({ ...minimal, DATABASE_REPLICA_URL: 'postgres://u@replica/db' }).databaseReplicaUrl).toBe('postgres://u@replica/db');
    expect(() => loadConfig({ ...minimal, DATABASE_REPLICA_URL: 'mysql://u@replica/db' })).toThrow(/DATABASE_REPLICA_URL is malformed/);
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

  it('reads every rate limit as <points>/<seconds> from RATE_LIMIT_<NAME>, with the defaults otherwise', () => {
    expect(loadConfig(minimal).rateLimits).toEqual(RATE_LIMITS);
    const config = loadConfig({ ...minimal, RATE_LIMIT_LOGIN_ACCOUNT_IP: '5/60', RATE_LIMIT_PASSWORD_RESET_ACCOUNT: '1/3600' });
    expect(config.rateLimits['login-account-ip']).toEqual({ points: 5, duration: 60 });
    expect(config.rateLimits['password-reset-account']).toEqual({ points: 1, duration: 3600 });
    expect(config.rateLimits['login-ip']).toEqual(RATE_LIMITS['login-ip']);
    expect(() => loadConfig({ ...minimal, RATE_LIMIT_LOGIN_IP: '30' })).toThrow(/RATE_LIMIT_LOGIN_IP is malformed: expected <points>\/<seconds>/);
    expect(() => loadConfig({ ...minimal, RATE_LIMIT_LOGIN_IP: '0/900' })).toThrow(/RATE_LIMIT_LOGIN_IP is malformed/);
  });

  it('bounds access-token lifetimes to a year, the default within the maximum', () => {
    expect(loadConfig(minimal)).toMatchObject({ accessTokenDefaultDays: 90, accessTokenMaxDays: 365 });
    expect(() => loadConfig({ ...minimal, ACCESS_TOKEN_MAX_DAYS: '366' })).toThrow(/ACCESS_TOKEN_MAX_DAYS is malformed/);
    expect(() => loadConfig({ ...minimal, ACCESS_TOKEN_DEFAULT_DAYS: '120', ACCESS_TOKEN_MAX_DAYS: '60' })).toThrow(/must not exceed ACCESS_TOKEN_MAX_DAYS/);
  });

  it('bounds e-mail to other people with defaults, each configurable and validated', () => {
    expect(loadConfig(minimal)).toMatchObject({
      guestMailPerAddressPerDay: 5,
      guestMailPerRegistryPerHour: 60,
      shareInvitationsPerDay: 200,
      partnerInvitationsPerDay: 5,
      invitationRepeatDays: 7,
    });
    const custom = loadConfig({
      ...minimal,
      GUEST_MAIL_PER_ADDRESS_PER_DAY: '2',
      GUEST_MAIL_PER_REGISTRY_PER_HOUR: '30',
      SHARE_INVITATIONS_PER_DAY: '50',
      PARTNER_INVITATIONS_PER_DAY: '3',
      INVITATION_REPEAT_DAYS: '0',
    });
    expect(custom).toMatchObject({
      guestMailPerAddressPerDay: 2,
      guestMailPerRegistryPerHour: 30,
      shareInvitationsPerDay: 50,
      partnerInvitationsPerDay: 3,
      invitationRepeatDays: 0,
    });
    expect(() => loadConfig({ ...minimal, GUEST_MAIL_PER_ADDRESS_PER_DAY: '0' })).toThrow(/GUEST_MAIL_PER_ADDRESS_PER_DAY is malformed/);
    expect(() => loadConfig({ ...minimal, PARTNER_INVITATIONS_PER_DAY: 'five' })).toThrow(/PARTNER_INVITATIONS_PER_DAY is malformed/);
  });

  // Load shapes (issue 11, item 16)
  it('bounds a registry by REGISTRY_MAX_ITEMS and REGISTRY_MAX_TEXT_BYTES', () => {
    expect(loadConfig(minimal)).toMatchObject({ registryMaxItems: 2000, registryMaxTextBytes: 2_000_000 });
    expect(loadConfig({ ...minimal, REGISTRY_MAX_ITEMS: '150', REGISTRY_MAX_TEXT_BYTES: '500000' })).toMatchObject({
      registryMaxItems: 150,
      registryMaxTextBytes: 500_000,
    });
    expect(() => loadConfig({ ...minimal, REGISTRY_MAX_ITEMS: '5001' })).toThrow(/REGISTRY_MAX_ITEMS is malformed/);
    expect(() => loadConfig({ ...minimal, REGISTRY_MAX_TEXT_BYTES: 'lots' })).toThrow(/REGISTRY_MAX_TEXT_BYTES is malformed/);
  });

  it('bounds the gifts given outside the list a tracker keeps by TRACKER_OFFLINE_GIFTS_MAX', () => {
    expect(loadConfig(minimal).trackerOfflineGiftsMax).toBe(500);
    expect(loadConfig({ ...minimal, TRACKER_OFFLINE_GIFTS_MAX: '3' }).trackerOfflineGiftsMax).toBe(3);
    expect(() => loadConfig({ ...minimal, TRACKER_OFFLINE_GIFTS_MAX: '0' })).toThrow(/TRACKER_OFFLINE_GIFTS_MAX is malformed/);
  });

  it('bounds guest reservations by default, and reads each bound from the environment', () => {
    expect(loadConfig(minimal)).toMatchObject({
      reservationMaxUnits: 10,
      reservationHoldAfter: 10,
      reservationHoldWindowMinutes: 10,
      reservationHoldMinutes: 30,
    });
    const tuned = loadConfig({
      ...minimal,
      RESERVATION_MAX_UNITS: '3',
      RESERVATION_HOLD_AFTER: '0',
      RESERVATION_HOLD_WINDOW_MINUTES: '60',
      RESERVATION_HOLD_MINUTES: '0.5',
    });
    expect(tuned).toMatchObject({
      reservationMaxUnits: 3,
      reservationHoldAfter: 0,
      reservationHoldWindowMinutes: 60,
      reservationHoldMinutes: 0.5,
    });
    expect(() => loadConfig({ ...minimal, RESERVATION_MAX_UNITS: '101' })).toThrow(/RESERVATION_MAX_UNITS is malformed/);
    expect(loadConfig(minimal).rateLimits).toMatchObject({
      'reservation-ip': { points: 20, duration: 3600 },
      'reservation-email': { points: 10, duration: 3600 },
    });
    expect(loadConfig({ ...minimal, RATE_LIMIT_RESERVATION_IP: '50/3600' }).rateLimits['reservation-ip']).toEqual({ points: 50, duration: 3600 });
    expect(() => loadConfig({ ...minimal, RESERVATION_HOLD_MINUTES: 'half an hour' })).toThrow(/RESERVATION_HOLD_MINUTES is malformed/);
    expect(() => loadConfig({ ...minimal, RESERVATION_HOLD_MINUTES: '0' })).toThrow(/RESERVATION_HOLD_MINUTES is malformed/);
  });
});
