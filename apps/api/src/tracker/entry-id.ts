import { validationProblem } from '../common/problem/problem';
import type { EntryKind } from './dto/tracker-entry.dto';
import { ENTRY_ID } from './dto/tracker.dto';

const KINDS: Record<string, EntryKind> = { r: 'reservation', p: 'pledge', o: 'offline' };
export const TABLES: Record<EntryKind, 'reservations' | 'pledges' | 'offline_gifts'> = {
  reservation: 'reservations',
  pledge: 'pledges',
  offline: 'offline_gifts',
};

/** `r-<uuid>`, `p-<uuid>`, `o-<uuid>`: the prefix names the table, so one route serves all three kinds. */
export function parseEntryId(entryId: string): { kind: EntryKind; id: string } {
  if (!ENTRY_ID.test(entryId)) {
    throw validationProblem([{ pointer: '/path/entryId', code: 'invalid', detail: 'entryId must be a tracker entry id (r-, p- or o- and a UUID)' }]);
  }
  return { kind: KINDS[entryId[0]], id: entryId.slice(2).toLowerCase() };
}
