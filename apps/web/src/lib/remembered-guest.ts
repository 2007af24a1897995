/**
 * The guest's name and e-mail, kept in this browser after a reservation or pledge so the next one is filled in.
 * Only these two: never the address or a message. "Not you?" forgets them (a shared family tablet).
 */
const KEY = 'whispergifts:guest';

export interface RememberedGuest {
  name: string;
  email: string;
}

export function loadRememberedGuest(): RememberedGuest | null {
  try {
    const value = JSON.parse(window.localStorage.getItem(KEY) ?? 'null') as unknown;
    if (value && typeof value === 'object' && 'name' in value && 'email' in value && typeof value.name === 'string' && typeof value.email === 'string') {
      return { name: value.name, email: value.email };
    }
  } catch {
    // Storage refused (private mode) or a value we did not write: nothing remembered.
  }
  return null;
}

export function rememberGuest(guest: RememberedGuest): void {
  try {
    window.localStorage.setItem(KEY, JSON.stringify({ name: guest.name, email: guest.email }));
  } catch {
    // Storage full or refused: the guest types it again next time.
  }
}

export function forgetRememberedGuest(): void {
  try {
    window.localStorage.removeItem(KEY);
  } catch {
    // Nothing to forget.
  }
}
