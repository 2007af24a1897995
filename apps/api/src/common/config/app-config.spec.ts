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
});
