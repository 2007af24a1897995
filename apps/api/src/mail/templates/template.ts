import type { DataSource } from 'typeorm';
import type { AppConfig } from '../../common/config/app-config';
import type { MessageContent } from '../layout';

export interface TemplateContext {
  db: DataSource;
  config: AppConfig;
}

/**
 * A rendered message and its recipients; null when there is nothing (left) to send, e.g. the data is gone.
 * `guestMailFor` marks a message to an address a guest typed, caused by that registry's guest flow: the worker
 * sends it only within the guest mail caps (GuestMailCaps).
 */
export type Rendered = { to: string[]; content: MessageContent; guestMailFor?: { registryId: string } } | null;

/** A template takes the job's ids, reads what it needs when the job runs, and renders both parts. */
export type Template = (payload: Record<string, unknown>, context: TemplateContext) => Promise<Rendered>;
