const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

// Typed here because shared/ compiles without the DOM lib; Node 20 and browsers both have it.
const cryptoApi = (globalThis as unknown as { crypto: { getRandomValues(array: Uint8Array): Uint8Array } }).crypto;

/** A random URL-safe id (`[A-Za-z0-9_-]`) of `length` characters, from the platform CSPRNG. */
export function newId(length = 16): string {
  const bytes = new Uint8Array(length);
  cryptoApi.getRandomValues(bytes);
  let id = '';
  for (const b of bytes) id += ALPHABET[b & 63];
  return id;
}
