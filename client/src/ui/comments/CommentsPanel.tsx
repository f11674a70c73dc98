import { useMemo, useState } from 'react';
import { MAX_COMMENT_LENGTH, addComment, canWrite, deleteOwnComment, setCommentResolved, type Comment } from '@cocreate/shared';
import { useStore } from '../../store/index.js';
import { getLiveSession } from '../../sync/liveSession.js';
import { Icon } from '../Icon.js';
import { formatDateTime, useLanguage, useT, type Translate } from '../i18n/index.js';

/** Why a draft cannot be added, or null when it can. */
function draftProblem(text: string, t: Translate): string | null {
  if (text.trim().length === 0) return t('comments.empty');
  if (text.length > MAX_COMMENT_LENGTH) return t('comments.tooLong', { max: MAX_COMMENT_LENGTH, length: text.length });
  return null;
}

function CommentEntry(props: { comment: Comment; editor: boolean; mine: boolean }) {
  const { comment, editor, mine } = props;
  const t = useT();
  const language = useLanguage((s) => s.language);
  const board = () => getLiveSession()?.board;
  const time = formatDateTime(comment.createdAt, language, 'short');
  return (
    <li className={comment.resolved ? 'resolved' : undefined}>
      <div className="comment-meta">
        <strong>{comment.authorName}</strong>
        <time dateTime={new Date(comment.createdAt).toISOString()}>{time}</time>
        {comment.resolved && <span>{t('comments.resolved')}</span>}
      </div>
      <p className="comment-text">{comment.text}</p>
      {editor && (
        <div className="comment-actions">
          <button
            type="button"
            onClick={() => {
              const doc = board();
              if (doc) setCommentResolved(doc, comment.id, !comment.resolved);
            }}
          >
            {comment.resolved ? t('comments.reopen') : t('comments.resolve')}
          </button>
          {mine && (
            <button
              type="button"
              onClick={() => {
                const live = getLiveSession();
                if (live) deleteOwnComment(live.board, comment.id, live.participantId);
              }}
            >
              {t('comments.delete')}
            </button>
          )}
        </div>
      )}
    </li>
  );
}

/** The comments on one item (region "Comments"): the thread, resolve and reopen, and a new comment; observers read only. */
export function CommentsPanel(props: { itemId: string; onClose: () => void }) {
  const { itemId } = props;
  const t = useT();
  const all = useStore((s) => s.comments);
  const role = useStore((s) => s.role);
  const me = useStore((s) => s.participantId);
  const myName = useStore((s) => s.participants.find((p) => p.id === s.participantId)?.name ?? '');
  const comments = useMemo(() => all.filter((c) => c.itemId === itemId), [all, itemId]);
  const editor = role !== null && canWrite(role, 'board');
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const add = () => {
    const live = getLiveSession();
    const why = draftProblem(draft, t);
    setProblem(why);
    if (why || !live) return;
    addComment(live.board, { itemId, authorId: live.participantId, authorName: myName || t(`role.${live.role}`), text: draft });
    setDraft('');
  };

  return (
    <section aria-label={t('comments')} className="comments-panel panel">
      <header>
        <h2>{t('comments')}</h2>
        <button type="button" className="tool-button" aria-label={t('comments.close')} title={t('comments.close')} onClick={props.onClose}>
          <Icon name="close" size={18} />
        </button>
      </header>
      {comments.length === 0 ? (
        <p className="comment-meta">{t('comments.none')}</p>
      ) : (
        <ol>
          {comments.map((c) => (
            <CommentEntry key={c.id} comment={c} editor={editor} mine={c.authorId === me} />
          ))}
        </ol>
      )}
      {editor && (
        <div className="comments-form">
          <textarea
            aria-label={t('comment')}
            placeholder={t('comments.placeholder')}
            value={draft}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${itemId}-comment-problem` : undefined}
            onChange={(e) => {
              setDraft(e.target.value);
              setProblem(null);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) add();
            }}
          />
          {problem && (
            <span id={`${itemId}-comment-problem`} role="alert" className="comments-error">
              {problem}
            </span>
          )}
          <button type="button" onClick={add}>
            {t('addComment')}
          </button>
        </div>
      )}
    </section>
  );
}
