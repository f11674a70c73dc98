/**
 * The path and query of a request target, or null when it is not one the server can route.
 * `new URL(target, base)` throws on targets such as `//` (read as a host-less authority), so the
 * origin-form (`/path?query`) is appended to a fixed origin instead of resolved against it; the
 * absolute-form (`http://host/path`, sent to proxies) is parsed as is. Anything else (`*`, garbage)
 * is null, for a 400.
 */
export function parseRequestTarget(target: string | undefined): URL | null {
  if (!target) return null;
  try {
    if (target.startsWith('/')) return new URL(`http://localhost${target}`);
    if (/^https?:\/\//i.test(target)) return new URL(target);
  } catch {
    // an absolute-form target with a malformed authority
  }
  return null;
}
