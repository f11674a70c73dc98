import type { IncomingMessage, ServerResponse } from 'node:http';

/** A session id in a route pattern, captured as a parameter. */
export const SESSION_PARAM = '([A-Za-z0-9_-]{1,64})';

/** A route handler: gets the path parameters captured by its pattern. */
export type Handler = (req: IncomingMessage, res: ServerResponse, params: readonly string[], url: URL) => Promise<void> | void;

interface Route {
  method: string;
  pattern: RegExp;
  handler: Handler;
}

/** A minimal method + path-pattern router for the API. */
export class Router {
  private readonly routes: Route[] = [];

  on(method: string, pattern: RegExp, handler: Handler): this {
    this.routes.push({ method, pattern, handler });
    return this;
  }

  /** The handler and params for a request; `methodNotAllowed` when only the method is wrong. */
  match(method: string, path: string): { handler: Handler; params: string[] } | 'methodNotAllowed' | null {
    let pathMatched = false;
    for (const route of this.routes) {
      const m = route.pattern.exec(path);
      if (!m) continue;
      pathMatched = true;
      // HEAD is GET without the body (Node drops it), as monitors probing /healthz expect.
      if (route.method === method || (method === 'HEAD' && route.method === 'GET')) return { handler: route.handler, params: m.slice(1) };
    }
    return pathMatched ? 'methodNotAllowed' : null;
  }
}
