import os from 'node:os';

/** The first non-internal IPv4 address of this machine, or null (offline laptop). */
export function lanAddress(): string | null {
  for (const addresses of Object.values(os.networkInterfaces())) {
    for (const a of addresses ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  return null;
}

/**
 * The base URL of the links the server hands out: PUBLIC_URL if set, else the address tablets on
 * the same network can reach (the LAN address when listening on all interfaces).
 */
export function publicBaseUrl(publicUrl: string | undefined, host: string, port: number): string {
  if (publicUrl) return publicUrl;
  const wildcard = host === '0.0.0.0' || host === '::' || host === '';
  const name = wildcard ? (lanAddress() ?? 'localhost') : host;
  return `http://${name.includes(':') ? `[${name}]` : name}:${port}`;
}
