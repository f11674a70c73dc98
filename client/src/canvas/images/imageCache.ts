import { useSyncExternalStore } from 'react';

// One HTMLImageElement per URL for the whole app: an image on the board is decoded once, however
// often it is culled out and back in, and every copy of it shares the bitmap.
interface Entry {
  image: HTMLImageElement;
  state: 'loading' | 'loaded' | 'failed';
  listeners: Set<() => void>;
}

const cache = new Map<string, Entry>();

function entryFor(url: string): Entry {
  const entry = cache.get(url);
  if (entry) return entry;
  const image = new Image();
  const created: Entry = { image, state: 'loading', listeners: new Set() };
  const settle = (state: Entry['state']) => {
    created.state = state;
    for (const listener of created.listeners) listener();
  };
  image.onload = () => settle('loaded');
  image.onerror = () => settle('failed');
  image.src = url;
  cache.set(url, created);
  return created;
}

/** Loads an image once; resolves with it when decoded, rejects when it cannot be loaded. */
export function loadImage(url: string): Promise<HTMLImageElement> {
  const entry = entryFor(url);
  return new Promise((resolve, reject) => {
    const check = () => {
      if (entry.state === 'loaded') resolve(entry.image);
      else if (entry.state === 'failed') reject(new Error(`image failed to load: ${url}`));
      else return false;
      entry.listeners.delete(check);
      return true;
    };
    if (!check()) entry.listeners.add(check);
  });
}

/** The decoded image at `url`, or null while it loads (or when it failed, or there is no URL). */
export function useImage(url: string | null): HTMLImageElement | null {
  return useSyncExternalStore(
    (onChange) => {
      if (!url) return () => {};
      const entry = entryFor(url);
      entry.listeners.add(onChange);
      return () => entry.listeners.delete(onChange);
    },
    () => {
      if (!url) return null;
      const entry = entryFor(url);
      return entry.state === 'loaded' ? entry.image : null;
    },
  );
}
