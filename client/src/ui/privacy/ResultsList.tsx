import { useMemo } from 'react';
import { usePrivacy } from '../../privacy/privacyStore.js';
import { useStore } from '../../store/index.js';
import { itemText } from '../../privacy/noteText.js';
import { useT } from '../i18n/index.js';

/** Characters of a note's text shown in a result line. */
const EXCERPT = 60;

/** The results of the last closed round on the board viewed: each note's votes, highest first (not while a new round runs there). */
export function ResultsList() {
  const t = useT();
  const boardId = useStore((s) => s.boardId);
  const items = useStore((s) => s.items);
  // Hidden while a new round runs on the board, so nobody anchors on the last one.
  const last = usePrivacy((s) =>
    s.voting?.active && s.voting.boardId === boardId ? null : (s.results.find((r) => r.boardId === boardId) ?? null),
  );
  const rows = useMemo(() => {
    if (!last) return [];
    return Object.entries(last.totals)
      .map(([id, count]) => ({ id, count, text: itemText(items.get(id)) }))
      .sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
  }, [last, items]);
  if (!last) return null;
  return (
    <div className="privacy-group">
      <h3 className="privacy-subheading">{t('results')}</h3>
      <ol aria-label={t('results')} className="privacy-results">
        {rows.map((r) => (
          <li key={r.id}>{t('voting.resultItem', { text: r.text.slice(0, EXCERPT) || t('voting.untitled'), count: r.count })}</li>
        ))}
      </ol>
    </div>
  );
}
