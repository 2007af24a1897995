import { Clock } from '../common/clock';
import { RetentionProcessor } from './retention.processor';
import { RetentionScheduler } from './retention.scheduler';
import { GuestDataRetention } from './retention.service';

/**
 * The worker side of retention. Providers of the worker module itself rather than a module of their own: they
 * need the worker's one RegistryWrites (it registers the hold-lapse callback with the registry versions).
 */
export const RETENTION_WORKER_PROVIDERS = [Clock, GuestDataRetention, RetentionProcessor, RetentionScheduler];
