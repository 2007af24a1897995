import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

interface RowMenuProps {
  /** The button's accessible name, naming the row: "More actions for Toaster". */
  label: string;
  /** The actions; each calls `close` when chosen. */
  children: (close: () => void) => ReactNode;
}

/**
 * A row's less frequent actions behind one "⋯" button (a disclosure: the button says whether it is open, its
 * actions are plain buttons in tab order). Opening moves focus to the first action; Escape, a click outside or
 * choosing an action closes it, and Escape gives focus back to the button.
 */
export function RowMenu({ label, children }: RowMenuProps) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const id = useId();

  useEffect(() => {
    if (!open) return;
    root.current?.querySelector<HTMLButtonElement>('.row-menu-items button')?.focus();
    const outside = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const escape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      toggle.current?.focus();
    };
    document.addEventListener('pointerdown', outside);
    document.addEventListener('keydown', escape);
    return () => {
      document.removeEventListener('pointerdown', outside);
      document.removeEventListener('keydown', escape);
    };
  }, [open]);

  return (
    <div className="row-menu" ref={root}>
      <button
        ref={toggle}
        type="button"
        className="button button-small row-menu-toggle"
        aria-label={label}
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => setOpen((was) => !was)}
      >
        <span aria-hidden="true">⋯</span>
      </button>
      {open && (
        <div id={id} className="row-menu-items">
          {children(() => setOpen(false))}
        </div>
      )}
    </div>
  );
}
