/**
 * Registers the service worker that keeps the app shell (public/sw.js), so a session link opens,
 * and a tab reloads, without the network; the documents then come from IndexedDB. Only in a
 * production build (the dev server reloads modules itself) and where service workers exist (they
 * need a secure context: https, or localhost).
 */
export function registerOfflineShell(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register('/sw.js').catch(() => {
    // Without it the app works as before; only reopening without the network needs it.
  });
}
