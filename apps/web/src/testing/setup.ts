import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { startTestsInEnglish } from './catalogues';
import { FakeXMLHttpRequest } from './fake-xhr';

startTestsInEnglish();

// jsdom has <dialog> but not its methods; these behave like the browser's for what tests look at.
if (!HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}

// jsdom lays nothing out, so it has no ResizeObserver; sizes stay as first read (the windowed gift list's estimates).
if (typeof globalThis.ResizeObserver === 'undefined') {
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

// jsdom has no blob: addresses; a preview of a chosen file gets a stand-in (tests spy on revokeObjectURL).
if (typeof URL.createObjectURL !== 'function') {
  let made = 0;
  URL.createObjectURL = () => `blob:http://localhost/${++made}`;
  URL.revokeObjectURL = () => undefined;
}

// Uploads go through XMLHttpRequest (for their progress); the fake hands each one to fetch, i.e. to the fake API.
globalThis.XMLHttpRequest = FakeXMLHttpRequest as unknown as typeof XMLHttpRequest;

// Pages are lazy chunks, compiled on first use in a test run: give the first look-up time for that.
configure({ asyncUtilTimeout: 5000 });

// The app remembers a guest's name and e-mail in localStorage; each test starts as a new visitor.
afterEach(() => {
  cleanup();
  window.localStorage.clear();
  // A test that switched language leaves the next one in English again.
  startTestsInEnglish();
  document.documentElement.lang = 'en';
  document.documentElement.dir = 'ltr';
});
