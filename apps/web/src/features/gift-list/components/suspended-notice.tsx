import type { GiftListSuspension } from '@whispergifts/api-client';

/** What guests see instead of the gifts while an administrator has suspended the list. */
export function SuspendedNotice({ suspension }: { suspension: GiftListSuspension }) {
  return (
    <section className="state-panel" aria-labelledby="suspended-title">
      <h2 id="suspended-title">This gift list is suspended</h2>
      <p>{suspension.reason}</p>
      <p className="muted">Its gifts cannot be seen or reserved for now. If you know the couple, ask them about it.</p>
    </section>
  );
}
