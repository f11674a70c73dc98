// The public surface of @cocreate/shared: schemas, operations, readers, geometry, protocol.

export { MessageType, SyncMessageType, isKnownMessageType } from './protocol/messages.js';
export { CloseCodes, FATAL_CLOSE_CODES, closeAdvice, type CloseEvent } from './protocol/closeCodes.js';
export {
  awarenessMessage,
  awarenessUpdateMessage,
  missingUpdateMessage,
  queryAwarenessMessage,
  stateVectorMessage,
  syncStep1Message,
  syncStep2Message,
  updateMessage,
} from './protocol/encode.js';
export { readSyncBody, type SyncBody } from './protocol/decode.js';
export { ROLES, RoleSchema, canWrite, type DocKind, type Role } from './protocol/roles.js';
export { decodeAwarenessEntries, encodeAwarenessEntries, type AwarenessEntry } from './protocol/awarenessEntries.js';
export { REDIS_ORIGIN, asServerOrigin, connectionOrigin, serverOrigin, type ServerOrigin } from './protocol/origins.js';
export { TokenClaimsSchema, decodeTokenClaims, type TokenClaims } from './protocol/tokenClaims.js';
export { MAX_TOKEN_CHARS, readTokenPayload } from './protocol/tokenPayload.js';
export {
  SESSION_ID_PATTERN,
  boardDocName,
  controlDocName,
  docName,
  parseDocName,
  privateDocName,
  type DocName,
} from './protocol/docNames.js';

export {
  CoordSchema,
  HexColorSchema,
  IdSchema,
  LanguageSchema,
  LocalizedTextSchema,
  MAX_TEXT_LENGTH,
  SizeSchema,
  type Language,
  type LocalizedText,
} from './schema/common.js';
export {
  INK_COLORS,
  INK_WIDTHS,
  NOTE_COLORS,
  NOTE_FILL,
  NoteColorSchema,
  PRESENCE_COLORS,
  noteFill,
  presenceColor,
  type InkColor,
  type InkWidth,
  type NoteColor,
} from './schema/colors.js';
export {
  ArrowSchema,
  ConnectorSchema,
  FrameSchema,
  ITEM_DEFAULTS,
  ImageMimeSchema,
  ImageSchema,
  ItemSchema,
  ItemTypeSchema,
  NoteSchema,
  ShapeKindSchema,
  ShapeSchema,
  StrokeSchema,
  TEXT_FIELDS,
  TextItemSchema,
  hasText,
  type Connector,
  type Frame,
  type ImageItem,
  type Item,
  type ItemOf,
  type ItemType,
  type Note,
  type Shape,
  type ShapeKind,
  type Stroke,
  type TextItem,
} from './schema/item.js';
export { CommentSchema, MAX_COMMENT_LENGTH, type Comment } from './schema/comment.js';
export { FacilitationSchema, ViewSchema, type Facilitation, type View } from './schema/facilitation.js';
export { ParticipantProfileSchema, ParticipantSchema, type Participant, type ParticipantProfile } from './schema/participant.js';
export {
  BOARD_ROOTS,
  BoardSchema,
  CONTROL_ROOTS,
  PHASES,
  PhaseSchema,
  PrivateModeSchema,
  SessionMetaSchema,
  TimerSchema,
  VotingSchema,
  type Board,
  type Phase,
  type PrivateMode,
  type SessionMeta,
  type Timer,
  type Voting,
} from './schema/control.js';

export { boardsMap, itemsMap, participantsMap, sessionMap, yMapToObject } from './docs.js';
export { newId } from './ids.js';
export { parseClipboard, serializeClipboard } from './clipboard.js';

export { compareZ, getItem, readItem, readItems } from './read/readItems.js';
export { changedItemIds } from './read/itemChanges.js';
export { readBoards, readParticipants, readSessionMeta } from './read/readControl.js';
export { commentsMap, readComment, readComments } from './read/comments.js';
export { facilitationMap, parseView, readFacilitation } from './read/facilitation.js';
export { formatRemaining, readTimer, readTimerRecord, timerAt, timerMap, type TimerView } from './read/timer.js';
export { boardLocksMap, isBoardLocked, isItemLocked, isLockedFor, itemLocksMap, readLocks } from './read/locks.js';

export { LOCAL_ORIGIN, type OpOptions } from './ops/origin.js';
export { buildItem, createItem, createItems, type NewItem } from './ops/createItem.js';
export { updateItem, updateItems, type ItemPatch } from './ops/updateItem.js';
export { replaceText, setItemText } from './ops/setItemText.js';
export { moveItems, withFrameContents } from './ops/moveItems.js';
export { resizeItem, resizeItems } from './ops/resizeItem.js';
export { deleteItems } from './ops/deleteItems.js';
export { insertItems, type InsertPlacement } from './ops/insertItems.js';
export { bringToFront, sendToBack } from './ops/reorderItems.js';
export { attachedConnectors } from './ops/connectors.js';
export { upsertParticipant } from './ops/participants.js';
export { addBoard, moveBoard, removeBoard, renameBoard, setCurrentBoard } from './ops/boards.js';
export { initSession, updateSessionMeta, type NewSession } from './ops/session.js';
export { applyTemplate, applyTemplateLocked } from './ops/applyTemplate.js';
export { addBoardFromTemplate } from './ops/addBoardFromTemplate.js';
export { createUndoManager } from './ops/undo.js';
export { setBoardLocked, setItemsLocked } from './ops/locks.js';
export { addComment, deleteOwnComment, setCommentResolved, type NewComment } from './ops/comments.js';
export { bringEveryoneHere, setFollowMe } from './ops/facilitation.js';
export {
  MAX_TIMER_MS,
  MIN_TIMER_MS,
  TimerLengthError,
  addTimerMinute,
  isValidTimerLength,
  pauseTimer,
  resumeTimer,
  startTimer,
  stopTimer,
} from './ops/timer.js';

export { PRIVATE_ROOTS, VoteResultSchema, type VoteResult } from './privacy/schema.js';
export { tallyVotes, type RoundRules } from './privacy/tally.js';
export {
  castVote,
  closeVoting,
  readBallot,
  readVoteResults,
  readVoting,
  startVoting,
  votesLeft,
  writeVoteResult,
} from './privacy/voting.js';
export {
  endPrivateBrainstorm,
  readPrivateCounts,
  readPrivateMode,
  revealNotes,
  setPrivateCounts,
  startPrivateBrainstorm,
} from './privacy/privateBrainstorm.js';

export { ClusterSchema, createCluster, readClusters, removeCluster, renameCluster, type Cluster } from './clusters/clusters.js';
export { stems, suggestClusters, type ClusterSuggestion } from './clusters/suggestClusters.js';

export { center, containsPoint, containsRect, intersects, rectFromPoints, unionRects, type Point, type Rect } from './geometry/rect.js';
export { connectorBox, connectorEnds, edgePoint } from './geometry/connectorEnds.js';

export { BOARD_TEMPLATES, DEFAULT_FLOW, findTemplate } from './templates/boardTemplates.js';
export type { BoardTemplate, TemplateFrame, TemplateMark, TemplateNote } from './templates/types.js';
export { TEMPLATE_IDS, type TemplateId } from './templates/templateIds.js';

export {
  CreateSessionRequestSchema,
  CreateSessionResponseSchema,
  ErrorResponseSchema,
  MAX_JSON_BODY_BYTES,
  SessionInfoSchema,
  SnapshotInfoSchema,
  TakeSnapshotRequestSchema,
  FollowUpRequestSchema,
  type SnapshotInfo,
  type CreateSessionRequest,
  type CreateSessionResponse,
  type ErrorResponse,
  type SessionInfo,
} from './api/sessions.js';
export { TimeResponseSchema, type TimeResponse } from './api/time.js';
export {
  ACTION_STATUSES,
  ActionSchema,
  ActionStatusSchema,
  AddedValueSchema,
  AgreementSchema,
  DateTextSchema,
  EvaluationSchema,
  MAX_OUTCOME_TEXT,
  OUTCOME_KINDS,
  OUTCOME_SCHEMAS,
  PartnerSchema,
  RiskSchema,
  VALUE_CATEGORIES,
  ValueCategorySchema,
  type Action,
  type ActionStatus,
  type AddedValue,
  type Agreement,
  type Evaluation,
  type OutcomeKind,
  type OutcomeOf,
  type Outcomes,
  type Partner,
  type Risk,
  type ValueCategory,
} from './schema/outcomes.js';
export {
  addOutcome,
  outcomeMap,
  readAllOutcomes,
  readOutcome,
  readOutcomes,
  removeOutcome,
  updateOutcome,
  type NewOutcome,
  type OutcomePatch,
} from './outcomes/outcomes.js';
export {
  MAX_RECORD_ITEMS,
  RECORD_FORMAT,
  RECORD_VERSION,
  RecordAssetSchema,
  RecordControlSchema,
  RecordSessionSchema,
  SessionRecordSchema,
  type RecordAsset,
  type RecordControl,
  type RecordSession,
  type SessionRecord,
} from './record/schema.js';
export { buildRecord, type RecordSource } from './record/buildRecord.js';
export { restoreRecord } from './record/restoreRecord.js';
export { RecordError, migrateRecord, parseRecord } from './record/parseRecord.js';
export { CSV_COLUMNS, csvCell, recordToCsv } from './record/csv.js';
export { indexRecord, type RecordIndex } from './record/recordIndex.js';
export { carryOver } from './outcomes/carryOver.js';
export { actionFromNotes, valueFromNotes } from './outcomes/fromNotes.js';
