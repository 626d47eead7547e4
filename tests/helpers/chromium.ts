// Debian's Chromium as playwright-core drives it here: shared by the end-to-end tests
// and the web benchmark. Use it with launchPersistentContext on a fresh profile folder.
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
