import type pg from 'pg';

interface Pending {
  doc: string;
  update: Uint8Array;
  resolve(seq: number): void;
  reject(err: unknown): void;
}

/** Appends waiting while one batch commits are written together in the next (one round trip). */
const MAX_BATCH = 500;

/**
 * Appends of document updates, committed in batches: while one INSERT is on its way, the appends
 * that arrive wait and go together in the next, so many writers cost few round trips. Each
 * caller's promise resolves with its sequence number only once its row is committed.
 */
export class GroupCommit {
  private queue: Pending[] = [];
  private writing = false;

  constructor(private readonly pool: pg.Pool) {}

  append(doc: string, update: Uint8Array): Promise<number> {
    return new Promise((resolve, reject) => {
      this.queue.push({ doc, update, resolve, reject });
      if (!this.writing) void this.flush();
    });
  }

  private async flush(): Promise<void> {
    this.writing = true;
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, MAX_BATCH);
      try {
        // One statement, so atomic; rows take their sequence numbers in the order given.
        const { rows } = await this.pool.query<{ seq: string }>(
          `INSERT INTO updates (doc, data)
             SELECT doc, data FROM unnest($1::text[], $2::bytea[]) WITH ORDINALITY AS u(doc, data, ord) ORDER BY ord
           RETURNING seq`,
          [batch.map((p) => p.doc), batch.map((p) => Buffer.from(p.update.buffer, p.update.byteOffset, p.update.byteLength))],
        );
        const seqs = rows.map((r) => Number(r.seq)).sort((a, b) => a - b);
        for (const [i, p] of batch.entries()) p.resolve(seqs[i]!);
      } catch (err) {
        for (const p of batch) p.reject(err);
      }
    }
    this.writing = false;
  }
}
