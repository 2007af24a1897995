import type { ReactNode } from 'react';

/** A message that screen readers announce when it appears: `error` interrupts, `status` waits its turn. */
export function Alert({ tone = 'error', children }: { tone?: 'error' | 'success' | 'info'; children: ReactNode }) {
  return (
    <div className={`alert alert-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}
