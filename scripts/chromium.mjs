/**
 * The headless Chromium every test, bench and script here drives: Debian's `/usr/bin/chromium`
 * unless `CHROME_PATH` says otherwise, with the flags it needs as root on a machine without network.
 */
export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Flags for every launch: no sandbox (root in CI), no GPU, no calls home. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
];
