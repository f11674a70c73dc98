// Headless Chromium as the browser benchmarks run it: the same launch as the browser tests (Debian's
// build, no GPU, no background traffic).
export { launchBrowser as launchChromium } from '../e2e/helpers/browser.js';
