import 'reflect-metadata';
import { createApp } from '../../apps/api/src/app.setup';
import { Caches } from '../../apps/api/src/caching/caches';
import { RegistryVersions } from '../../apps/api/src/caching/registry-versions.service';
import { loadConfig } from '../../apps/api/src/common/config/app-config';
import { QueryCounter } from '../../apps/api/src/database/query-counter';
import { serve } from '../cache/child';

/**
 * The real API (`createApp`, as main.ts builds it) with two things a scale run needs from inside the process:
 * the SQL TypeORM sends, with its parameters, while the parent asks for it (to EXPLAIN exactly those statements),
 * and how full the in-process layers are (the version stores' entries, the LRUs' bytes).
 */
export interface CapturedQuery {
  sql: string;
  parameters: unknown[];
}

export interface CacheStats {
  memory: NodeJS.MemoryUsage;
  versions: { entries: number; max: number };
  slugs: { entries: number; max: number };
  documents: { entries: number; bytes: number; maxBytes: number };
  fragments: { entries: number; bytes: number; maxBytes: number };
  versionLookups: { loads: number; memory: number; redis: number };
}

class CapturingLogger extends QueryCounter {
  capturing = false;
  captured: CapturedQuery[] = [];

  override logQuery(query: string, parameters?: unknown[]) {
    super.logQuery(query, parameters);
    if (this.capturing) this.captured.push({ sql: query, parameters: parameters ?? [] });
  }
}

// Private fields, read for the report only (bench code; the product exposes none of this).
interface Lru {
  size: number;
  max: number;
  calculatedSize: number;
  maxSize: number;
}
const lruOf = (holder: unknown, field: string): Lru => (holder as Record<string, Lru>)[field];

serve(async () => {
  const logger = new CapturingLogger();
  const app = await createApp(loadConfig(process.env), logger);
  await app.listen(0, '127.0.0.1');
  const versions = app.get(RegistryVersions, { strict: false });
  const caches = app.get(Caches, { strict: false });
  process.on('message', (message: { type?: string; on?: boolean }) => {
    if (message?.type === 'capture') {
      logger.capturing = Boolean(message.on);
      const queries = logger.captured;
      logger.captured = [];
      process.send?.({ type: 'captured', queries });
    } else if (message?.type === 'stats') {
      (globalThis as { gc?: () => void }).gc?.();
      const local = lruOf(versions.store, 'local');
      const slugs = lruOf((versions as unknown as Record<string, unknown>).slugs, 'local');
      const documents = lruOf(caches.documents, 'memory');
      const fragments = lruOf(caches.fragments, 'memory');
      const stats: CacheStats = {
        memory: process.memoryUsage(),
        versions: { entries: local.size, max: local.max },
        slugs: { entries: slugs.size, max: slugs.max },
        documents: { entries: documents.size, bytes: documents.calculatedSize, maxBytes: documents.maxSize },
        fragments: { entries: fragments.size, bytes: fragments.calculatedSize, maxBytes: fragments.maxSize },
        versionLookups: { loads: versions.store.loads, ...versions.store.lookups },
      };
      process.send?.({ type: 'stats', stats });
    }
  });
  const { port } = app.getHttpServer().address() as { port: number };
  return { port, close: () => app.close() };
});
