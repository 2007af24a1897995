import { useEffect, useSyncExternalStore } from 'react';
import { useBlocker } from 'react-router';

export const UNSAVED_CHANGES_MESSAGE = 'You have changes that are not saved yet. Leave this page and lose them?';

// A router supports one blocker at a time, and a page can hold several forms (the add form and an edit dialog): each form
// only says whether it holds unsaved edits, and the one guard in the root layout asks.
const unsaved = new Set<symbol>();
const listeners = new Set<() => void>();
const changed = () => listeners.forEach((listener) => listener());
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** Marks the calling form as holding edits that are not saved, while `dirty` is true (see UnsavedChangesGuard). */
export function useUnsavedChangesWarning(dirty: boolean): void {
  useEffect(() => {
    if (!dirty) return;
    const id = Symbol('unsaved');
    unsaved.add(id);
    changed();
    return () => {
      unsaved.delete(id);
      changed();
    };
  }, [dirty]);
}

/**
 * Asks before edits that are not saved are lost: leaving for another page of the app (the router waits for the answer)
 * and closing or reloading the tab (the browser asks in its own words). Rendered once, in the root layout.
 */
export function UnsavedChangesGuard(): null {
  const dirty = useSyncExternalStore(subscribe, () => unsaved.size > 0);
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname);
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    if (window.confirm(UNSAVED_CHANGES_MESSAGE)) blocker.proceed();
    else blocker.reset();
  }, [blocker]);
  return null;
}
