import type { DataSourceOptions } from 'typeorm';
import { AccessToken } from '../accounts/access-token.entity';
import { AccountToken } from '../accounts/account-token.entity';
import { User } from '../accounts/user.entity';
import { Item } from '../items/item.entity';
import { PartnerInvitation } from '../registries/partner-invitation.entity';
import { ShareInvitation } from '../registries/share-invitation.entity';
import { Registry } from '../registries/registry.entity';
import { RegistryOwner } from '../registries/registry-owner.entity';
import { IdempotencyKey } from '../reservations/idempotency-key.entity';
import { Reservation } from '../reservations/reservation.entity';
import { InitialSchema1763900000000 } from './migrations/1763900000000-initial-schema';
import { BackgroundWork1763910000000 } from './migrations/1763910000000-background-work';
import { AccessTokenScopes1763945000000 } from './migrations/1763945000000-access-token-scopes';
import { Images1763930000000 } from './migrations/1763930000000-images';
import { ShareInvitationMessage1763920000000 } from './migrations/1763920000000-share-invitation-message';
import { OutboundMailLimits1764700000000 } from './migrations/1764700000000-outbound-mail-limits';
import { ReservationHolds1763941100000 } from './migrations/1763941100000-reservation-holds';
import { MoneyGifts1764800000000 } from './migrations/1764800000000-money-gifts';
import { OfflineGift } from '../tracker/offline-gift.entity';
import { FundHideTotals1764850000000 } from './migrations/1764850000000-fund-hide-totals';
import { AfterTheWedding1764900000000 } from './migrations/1764900000000-after-the-wedding';
import { Reminders1764930000000 } from './migrations/1764930000000-reminders';
import { ErasedOfflineGivers1764940000000 } from './migrations/1764940000000-erased-offline-givers';
import { LinkPreviewsAndSearch1764960000000 } from './migrations/1764960000000-link-previews-and-search';
import { OutboxRequestIds1765080000000 } from './migrations/1765080000000-outbox-request-ids';
import { Languages1765090000000 } from './migrations/1765090000000-languages';
import { LinkPreviewLanguage1765093000000 } from './migrations/1765093000000-link-preview-language';
import { ShareInvitationPassword1765070000000 } from './migrations/1765070000000-share-invitation-password';
import { AdminArea1765010000000 } from './migrations/1765010000000-admin-area';
import { AdminAudit } from '../admin/admin-audit.entity';
import { Orders1765000000000 } from './migrations/1765000000000-orders';
import { Order } from '../orders/order.entity';
import { ItemLinkChecks1765030000000 } from './migrations/1765030000000-item-link-checks';
import { ItemLinkCheck } from '../link-health/link-check.entity';
import { Pledge } from '../pledges/pledge.entity';
import { PledgeIdempotencyKey } from '../pledges/pledge-idempotency-key.entity';
import { OutboxCommitSubscriber } from '../outbox/outbox.service';
import { OutboxEvent } from '../outbox/outbox-event.entity';
import { OwnerNoticeLookup1765065000000 } from './migrations/1765065000000-owner-notice-lookup';
import { OneStatementReservations1765100000000 } from './migrations/1765100000000-one-statement-reservations';
import { QueryCounter } from './query-counter';
import { CustomDomain } from '../custom-domains/custom-domain.entity';
import { GuestCard } from '../guest-cards/guest-card.entity';
import { GuestCardsAndVerifiedDomains1765020000000 } from './migrations/1765020000000-guest-cards-and-verified-domains';
import { QueryTimingSubscriber } from '../caching/request-timing';

export const ENTITIES = [
  User,
  AccessToken,
  AccountToken,
  Registry,
  RegistryOwner,
  PartnerInvitation,
  ShareInvitation,
  Item,
  Reservation,
  IdempotencyKey,
  Pledge,
  PledgeIdempotencyKey,
  OfflineGift,
  OutboxEvent,
  AdminAudit,
  Order,
  CustomDomain,
  GuestCard,
  ItemLinkCheck,
];
export const MIGRATIONS = [
  InitialSchema1763900000000,
  BackgroundWork1763910000000,
  ShareInvitationMessage1763920000000,
  Images1763930000000,
  ReservationHolds1763941100000,
  AccessTokenScopes1763945000000,
  OutboundMailLimits1764700000000,
  MoneyGifts1764800000000,
  FundHideTotals1764850000000,
  AfterTheWedding1764900000000,
  Reminders1764930000000,
  ErasedOfflineGivers1764940000000,
  LinkPreviewsAndSearch1764960000000,
  Orders1765000000000,
  AdminArea1765010000000,
  OwnerNoticeLookup1765065000000,
  ShareInvitationPassword1765070000000,
  OutboxRequestIds1765080000000,
  Languages1765090000000,
  LinkPreviewLanguage1765093000000,
  GuestCardsAndVerifiedDomains1765020000000,
  ItemLinkChecks1765030000000,
  OneStatementReservations1765100000000,
];

/** application_name of each pool, so pg_stat_activity (on either server) tells the two apart. */
export const PRIMARY_APPLICATION_NAME = 'whispergifts-api';
export const REPLICA_APPLICATION_NAME = 'whispergifts-api-replica';

/**
 * One place that says how to reach PostgreSQL; used by the app, the migration command and the tests.
 */
export function dataSourceOptions(url: string, poolSize: number, logger = new QueryCounter()): DataSourceOptions {
  return {
    type: 'postgres' as const,
    url,
    applicationName: PRIMARY_APPLICATION_NAME,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    subscribers: [QueryTimingSubscriber, OutboxCommitSubscriber],
    synchronize: false,
    migrationsRun: false,
    logger,
    maxQueryExecutionTime: 50,
    extra: { max: poolSize },
  };
}

/**
 * The streaming replica's own pool (DATABASE_REPLICA_URL), for ReplicaReads only. A DataSource of its own rather than
 * TypeORM's `replication` option: that one connects to every replica at start and fails the start when one is down,
 * while a replica is a help, never a need (database/replica-reads.ts connects it in the background).
 */
export function replicaDataSourceOptions(url: string, poolSize: number, logger: DataSourceOptions['logger']): DataSourceOptions {
  return {
    type: 'postgres' as const,
    url,
    applicationName: REPLICA_APPLICATION_NAME,
    // An address that drops packets must not hold up the API's start (or a retry) for long.
    connectTimeoutMS: 3000,
    entities: ENTITIES,
    subscribers: [QueryTimingSubscriber],
    synchronize: false,
    migrationsRun: false,
    logger,
    maxQueryExecutionTime: 50,
    extra: { max: poolSize },
  };
}
