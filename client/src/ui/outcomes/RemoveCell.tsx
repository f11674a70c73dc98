import { removeOutcome, type OutcomeKind } from '@cocreate/shared';
import type * as Y from 'yjs';
import { useT } from '../i18n/index.js';

/** The last cell of an outcome table's row: Remove, for those who may write. */
export function RemoveCell({ doc, kind, id }: { doc: Y.Doc | null; kind: OutcomeKind; id: string }) {
  const t = useT();
  if (!doc) return null;
  return (
    <td>
      <button type="button" className="link-button" onClick={() => removeOutcome(doc, kind, id)}>
        {t('outcomes.remove')}
      </button>
    </td>
  );
}
