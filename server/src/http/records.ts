import type { ServerResponse } from 'node:http';
import { RecordError, newId, parseRecord, recordToCsv, restoreRecord, type SessionRecord } from '@cocreate/shared';
import * as Y from 'yjs';
import type { LiveSessions } from '../relay/LiveSessions.js';
import { renderHtmlReport } from '../records/html.js';
import { loadEarlierRecords, loadRecord } from '../records/loadRecord.js';
import { renderMarkdownReport } from '../records/markdown.js';
import { sniffImage } from './assets.js';
import { authorize } from './bearer.js';
import { HttpError } from './HttpError.js';
import { readJson } from './readBody.js';
import { builtBoard, sessionDocs } from '../relay/sessionDocs.js';
import { sendJson } from './respond.js';
import { SESSION_PARAM, type Router } from './router.js';
import { issueLinks, takeCreateSlot, type SessionRouteDeps } from './sessions.js';

/** Largest record accepted by import (a 10,000-note session with images is a few MiB). */
export const MAX_RECORD_BYTES = 20 * 1024 * 1024;

type Deps = Pick<SessionRouteDeps, 'store' | 'secret' | 'tokenTtlSeconds' | 'baseUrl' | 'createLimit' | 'limitLoopback'> & {
  sessions: LiveSessions;
};

/** How each format is rendered, its type and file name ending. */
const FORMATS = {
  json: { type: 'application/json', ext: 'json', render: (r: SessionRecord) => JSON.stringify(r) },
  csv: { type: 'text/csv', ext: 'csv', render: (r: SessionRecord) => recordToCsv(r) },
  md: { type: 'text/markdown', ext: 'md', render: renderMarkdownReport },
  html: { type: 'text/html', ext: 'html', render: renderHtmlReport },
} as const;
type Format = keyof typeof FORMATS;

/** A file name from the title: letters, digits and dashes only. */
function fileName(record: SessionRecord, ext: string): string {
  const slug =
    record.session.title
      .normalize('NFKD')
      .replace(/[^\w-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'session';
  return `${slug}-${new Date(record.exportedAt).toISOString().slice(0, 10)}.${ext}`;
}

/** Answers with the record of `sessionId` in the format the query asks for (json by default). */
export async function sendRecord(deps: Deps, res: ServerResponse, sessionId: string, url: URL): Promise<void> {
  const format = url.searchParams.get('format') ?? 'json';
  if (!(format in FORMATS)) throw new HttpError(400, `unknown format ${JSON.stringify(format.slice(0, 20))}: use json, md, csv or html`);
  const { type, ext, render } = FORMATS[format as Format];
  const record = await loadRecord(deps, sessionId);
  const earlier = format === 'md' || format === 'html' ? await loadEarlierRecords(deps, record) : [];
  const body = Buffer.from(render(record, earlier), 'utf8');
  res.writeHead(200, {
    'content-type': `${type}; charset=utf-8`,
    'content-length': body.length,
    'content-disposition': `attachment; filename="${fileName(record, ext)}"`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(body);
}

/** The images of a record as assets of a new session, under new ids (asset ids are unique server-wide). */
function importAssets(record: SessionRecord): { record: SessionRecord; assets: { id: string; mime: string; data: Buffer }[] } {
  const ids = new Map<string, string>();
  const assets = record.assets.map((a, i) => {
    const data = Buffer.from(a.data, 'base64');
    if (sniffImage(data) !== a.mime) throw new RecordError(`invalid record: assets.${i} is not a ${a.mime} image`);
    const id = newId();
    ids.set(a.id, id);
    return { id, mime: a.mime, data };
  });
  const items = record.items.map((item) =>
    item.type === 'image' && ids.has(item.assetId) ? { ...item, assetId: ids.get(item.assetId)! } : item,
  );
  return { record: { ...record, items }, assets };
}

/** `GET /api/sessions/<id>/record?format=…` (facilitator) and `POST /api/sessions/import`. */
export function registerRecordRoutes(router: Router, deps: Deps): void {
  const authDeps = { secret: deps.secret, sessions: deps.store.sessions };
  router.on('GET', new RegExp(`^/api/sessions/${SESSION_PARAM}/record$`), async (req, res, [id], url) => {
    await authorize(req, url, authDeps, id!, ['facilitator']);
    await sendRecord(deps, res, id!, url);
  });

  router.on('POST', /^\/api\/sessions\/import$/, async (req, res) => {
    const raw = await readJson(req, MAX_RECORD_BYTES, 413);
    let parsed: ReturnType<typeof importAssets>;
    try {
      parsed = importAssets(parseRecord(raw));
    } catch (err) {
      if (err instanceof RecordError) throw new HttpError(400, err.message);
      throw err;
    }
    takeCreateSlot(req, deps);
    const { record, assets } = parsed;
    const id = newId(12);
    const createdAt = Date.now();
    const board = new Y.Doc();
    const control = new Y.Doc();
    restoreRecord(record, { board, control });
    // Images first: a session whose documents name a missing image would show it broken.
    for (const asset of assets) await deps.store.assets.put({ ...asset, sessionId: id, createdAt });
    await deps.store.sessions.create(
      { id, title: record.session.title, language: record.session.language, createdAt, tokenGeneration: 0 },
      sessionDocs(id, { state: Y.encodeStateAsUpdate(control) }, builtBoard(board)),
    );
    sendJson(res, 201, issueLinks(deps, id, 0, createdAt));
  });
}
