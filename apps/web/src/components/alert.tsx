import { useEffect, useRef, type ReactNode } from 'react';

interface AlertProps {
  tone?: 'error' | 'success' | 'info';
  /**
   * Takes the focus when it appears: for a message that replaces the control the person just used (a form turned
   * into its confirmation), so focus lands on the news instead of falling back to the page's <body>.
   */
  focus?: boolean;
  children: ReactNode;
}

/** A message that screen readers announce when it appears: `error` interrupts, `status` waits its turn. */
export function Alert({ tone = 'error', focus = false, children }: AlertProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <div ref={ref} className={`alert alert-${tone}`} role={tone === 'error' ? 'alert' : 'status'} tabIndex={focus ? -1 : undefined}>
      {children}
    </div>
  );
}
