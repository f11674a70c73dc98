// Headless Chromium as the browser benchmarks run it: Debian's build, no GPU, no background traffic.
import { chromium, type Browser } from 'playwright-core';

/** Launches /usr/bin/chromium without a GPU and without its own network chatter. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
