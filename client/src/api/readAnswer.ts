import { ErrorResponseSchema } from '@cocreate/shared';

/**
 * The validated JSON body of an API answer with status `expected` (any 2xx when absent); otherwise
 * throws an Error carrying the server's `{ error }` message, or the status when there is none.
 */
export async function readAnswer<T>(res: Response, schema: { parse(value: unknown): T }, expected?: number): Promise<T> {
  const body: unknown = await res.json().catch(() => null);
  if (expected === undefined ? !res.ok : res.status !== expected) {
    const parsed = ErrorResponseSchema.safeParse(body);
    throw new Error(parsed.success ? parsed.data.error : `HTTP ${res.status}`);
  }
  return schema.parse(body);
}
