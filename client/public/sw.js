// The app shell, kept for a tablet that lost the network: a session link (or a reload) opens the
// app from here; the session's documents come from IndexedDB (client/src/sync/localCopy.ts).
// Only the app's own files are cached, never the API, the WebSocket or session assets.
const CACHE = 'cocreate-shell';
const SHELL = '/index.html';

// The page that registered this worker was loaded without it: fetch the shell now, so the very
// next reload already works offline.
self.addEventListener('install', (event) => event.waitUntil(fetch(SHELL).then(keepShell)));
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate' && (url.pathname === '/' || url.pathname.startsWith('/s/'))) event.respondWith(shell(request));
  else if (url.pathname.startsWith('/assets/')) event.respondWith(asset(request));
});

// Network first: online, a tab always gets the current app; offline, the last one seen.
async function shell(request) {
  try {
    const response = await fetch(request);
    await keepShell(response.clone());
    return response;
  } catch (err) {
    const kept = await caches.match(SHELL, { cacheName: CACHE });
    if (kept) return kept;
    throw err;
  }
}

// Stores the page and the files it names, and drops those of older builds (names are hashed).
async function keepShell(response) {
  if (!response.ok || !(response.headers.get('content-type') ?? '').startsWith('text/html')) return;
  const cache = await caches.open(CACHE);
  const html = await response.clone().text();
  const current = new Set(html.match(/\/assets\/[^"'?#\s]+/g) ?? []);
  await cache.put(SHELL, response);
  for (const key of await cache.keys()) {
    const path = new URL(key.url).pathname;
    if (path.startsWith('/assets/') && !current.has(path)) await cache.delete(key);
  }
  for (const path of current) if (!(await cache.match(path))) await cache.add(path);
}

// Cache first: an asset's name changes with its content.
async function asset(request) {
  const cache = await caches.open(CACHE);
  const kept = await cache.match(request);
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}
