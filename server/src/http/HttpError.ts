import type { OutgoingHttpHeaders } from 'node:http';

/** An error with the HTTP status and message the client gets as `{ "error": message }`. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** Extra response headers, such as `Retry-After` on a 429. */
    readonly headers: OutgoingHttpHeaders = {},
  ) {
    super(message);
  }
}
