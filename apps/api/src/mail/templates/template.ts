import type { DataSource } from 'typeorm';
import type { AppConfig } from '../../common/config/app-config';
import type { MessageContent } from '../layout';

export interface TemplateContext {
  db: DataSource;
  config: AppConfig;
}

/** A rendered message and its recipients; null when there is nothing (left) to send, e.g. the data is gone. */
export type Rendered = { to: string[]; content: MessageContent } | null;

/** A template takes the job's ids, reads what it needs when the job runs, and renders both parts. */
export type Template = (payload: Record<string, unknown>, context: TemplateContext) => Promise<Rendered>;
