import type { Language, Role } from '@cocreate/shared';

/** A session's row: what the server knows of it outside its documents. */
export interface SessionRecord {
  id: string;
  title: string;
  language: Language;
  createdAt: number;
  /** Link generation: tokens of an older one are refused (the facilitator revoked them). */
  tokenGeneration: number;
}

/** A stored image of a session. */
export interface AssetRecord {
  id: string;
  sessionId: string;
  mime: string;
  data: Buffer;
  createdAt: number;
}

/**
 * Durable storage of documents as append-only update logs. Every method resolves only once the
 * change is committed: the relay calls `append` before it relays or acknowledges an update.
 */
export interface DocStore {
  /** Every stored update of a document, oldest first, with the sequence number of the last, and its picture when current. */
  load(doc: string): Promise<StoredDoc>;
  /** Appends one update; resolves to its sequence number once committed. */
  append(doc: string, update: Uint8Array): Promise<number>;
  /**
   * Replaces the updates up to `throughSeq` by one merged `snapshot`, and the document's picture
   * by `picture` (what the snapshot holds as plain records; none: the old one is dropped).
   */
  compact(doc: string, snapshot: Uint8Array, throughSeq: number, picture?: Uint8Array): Promise<void>;
}

/** A document's stored log. */
export interface StoredDoc {
  updates: Uint8Array[];
  lastSeq: number;
  /** The picture stored with the last compaction, only while nothing was appended after it. */
  picture?: Uint8Array;
}

/** A document's first state, stored as its log's first row, and its picture when it has one. */
export interface InitialDoc {
  state: Uint8Array;
  picture?: Uint8Array;
}

/** Sessions: created with their documents' first state in one commit. */
export interface SessionStore {
  create(session: SessionRecord, initialDocs: ReadonlyMap<string, InitialDoc>): Promise<void>;
  get(id: string): Promise<SessionRecord | null>;
  /** Starts a new link generation (older tokens are refused from then on); resolves to it. */
  revokeTokens(id: string): Promise<number>;
}

/** A person who joined a session: each has a private document (`<sessionId>.private.<personId>`). */
export interface PersonRecord {
  personId: string;
  role: Role;
  createdAt: number;
}

/** The people of each session, so the server can reach every private document, also of people who left. */
export interface PeopleStore {
  /** Records a person (again: no change). */
  add(sessionId: string, person: PersonRecord): Promise<void>;
  /** Everyone who ever joined the session, oldest first. */
  list(sessionId: string): Promise<PersonRecord[]>;
}

/** Images uploaded to a session. */
export interface AssetStore {
  put(asset: AssetRecord): Promise<void>;
  /** An image of the session (a snapshot's are those of the session it was taken of). */
  get(sessionId: string, id: string): Promise<AssetRecord | null>;
}

/** A named snapshot of a session: a frozen session of its own (id), read-only for everyone. */
export interface SnapshotRecord {
  id: string;
  /** The session it was taken of. */
  sessionId: string;
  name: string;
  createdAt: number;
}

/** Snapshots: stored as frozen sessions with their documents' state at the time. */
export interface SnapshotStore {
  /** Stores the snapshot's session row, documents and listing in one commit. */
  create(snapshot: SnapshotRecord, session: SessionRecord, docs: ReadonlyMap<string, InitialDoc>): Promise<void>;
  /** The snapshots of a session, newest first. */
  list(sessionId: string): Promise<SnapshotRecord[]>;
  /** The snapshot whose frozen session is `id`, or null when `id` is no snapshot. */
  get(id: string): Promise<SnapshotRecord | null>;
}

/** Everything the server stores, behind one handle (SQLite now; PostgreSQL later). */
export interface Store {
  docs: DocStore;
  sessions: SessionStore;
  people: PeopleStore;
  assets: AssetStore;
  snapshots: SnapshotStore;
  /** Whether a store behind the network (PostgreSQL) answers; absent for an embedded one. */
  ping?(): Promise<boolean>;
  close(): Promise<void>;
}
