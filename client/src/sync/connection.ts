import type { WebsocketProvider } from 'y-websocket';
import { closeAdvice } from '@cocreate/shared';
import { listen } from '../dom/listen.js';
import { useStore, type ConnectionState } from '../store/index.js';

/**
 * Reflects the providers' state in `connection` (offline when the browser says so, connected
 * when every provider is, reconnecting otherwise). Going offline disconnects on purpose, so edits
 * queue in the documents and merge when the browser comes back online. A fatal close (bad,
 * expired or foreign token) stops every provider and calls `onFatal` once. A close for a message
 * too large stops that provider (sending it again would only be refused again) and says so.
 * Returns a function that stops watching.
 */
export function watchConnection(providers: readonly WebsocketProvider[], onFatal: (code: number) => void): () => void {
  let fatal = false;
  let stopped = false;
  const update = () => {
    const state: ConnectionState =
      !navigator.onLine || stopped ? 'offline' : providers.every((p) => p.wsconnected) ? 'connected' : 'reconnecting';
    if (useStore.getState().connection !== state) useStore.setState({ connection: state });
  };
  const onSynced = () => {
    if (providers[0]?.synced) useStore.setState({ synced: true });
  };
  const onClosed = (event: { code: number; reason: string }) => {
    const advice = closeAdvice(event);
    if (fatal || advice === 'reconnect') return;
    if (advice === 'too large') {
      stopped = true;
      useStore.setState({ sendFailed: true });
      return update();
    }
    fatal = true;
    for (const p of providers) p.disconnect();
    onFatal(event.code);
  };
  const onOffline = () => {
    for (const p of providers) p.disconnect();
    update();
  };
  const onOnline = () => {
    if (fatal || stopped) return;
    for (const p of providers) p.connect();
    update();
  };
  const events = [
    ['status', update],
    ['sync', onSynced],
    ['closed', onClosed],
  ] as const;
  for (const p of providers) for (const [name, handler] of events) p.on(name, handler);
  const stopWindow = listen<WindowEventMap>(window, { offline: onOffline, online: onOnline });
  update();
  onSynced(); // a provider connected before this watch may have synced already
  return () => {
    for (const p of providers) for (const [name, handler] of events) p.off(name, handler);
    stopWindow();
  };
}

/** Reconnect after a temporary close (a rate limit, a server restart), not after a refusal. */
export function shouldReconnect(event: { code: number; reason: string }): boolean {
  return closeAdvice(event) === 'reconnect';
}
