import { createCluster, type Cluster } from '@cocreate/shared';
import { showToast } from '../canvas/feedback/toast.js';
import { editableSession } from '../input/commands.js';
import { useStore } from '../store/index.js';
import { t } from '../ui/i18n/index.js';
import { usePrivacy } from './privacyStore.js';

/** The selected notes of the board document (private notes are nobody else's to cluster yet). */
export function selectedSharedNotes(): string[] {
  const { items, selectedIds } = useStore.getState();
  const privateIds = usePrivacy.getState().privateIds;
  return [...selectedIds].filter((id) => items.get(id)?.type === 'note' && !privateIds.has(id));
}

/** Groups notes on the board being viewed into a named cluster; false, with a message, when it cannot. */
export function clusterNotes(noteIds: readonly string[], name: string, color: Cluster['color']): boolean {
  const live = editableSession();
  const boardId = useStore.getState().boardId;
  if (!live || !boardId) return false;
  if (noteIds.length === 0) {
    showToast(t('cluster.pickNotes'), 'error');
    return false;
  }
  const trimmed = name.trim();
  if (trimmed.length < 1 || trimmed.length > 100) {
    showToast(t('cluster.nameInvalid'), 'error');
    return false;
  }
  createCluster(live.board, { boardId, name: trimmed, noteIds, color });
  return true;
}
