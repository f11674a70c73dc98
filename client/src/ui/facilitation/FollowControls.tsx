import { bringEveryoneHere, setFollowMe } from '@cocreate/shared';
import { getCanvasSize, visibleRect } from '../../canvas/viewport/camera.js';
import { setFollowing } from '../../facilitation/follow.js';
import { useStore } from '../../store/index.js';
import { getLiveSession } from '../../sync/liveSession.js';
import { Icon } from '../Icon.js';
import { useT } from '../i18n/index.js';

/** Brings every participant and observer to this facilitator's board and visible area, once. */
function bringHere(): void {
  const live = getLiveSession();
  const { boardId, viewport } = useStore.getState();
  const size = getCanvasSize();
  if (!live || !boardId || size.width === 0) return;
  bringEveryoneHere(live.control, { boardId, ...visibleRect(viewport, size) });
}

/**
 * The facilitator's Follow me (pressed while on) and Bring everyone here; for everyone else, Stop
 * following while they follow, and Follow to resume while Follow me is on (observers: always).
 */
export function FollowControls() {
  const t = useT();
  const role = useStore((s) => s.role);
  const followMe = useStore((s) => s.facilitation.followMe);
  const following = useStore((s) => s.following);
  if (role === 'facilitator') {
    return (
      <>
        <button
          type="button"
          className="tool-button"
          aria-label={t('followMe')}
          title={t('followMe')}
          aria-pressed={followMe}
          onClick={() => {
            const live = getLiveSession();
            if (live) setFollowMe(live.control, !followMe);
          }}
        >
          <Icon name="follow" size={18} />
        </button>
        <button
          type="button"
          className="tool-button"
          aria-label={t('bringEveryoneHere')}
          title={t('bringEveryoneHere')}
          onClick={bringHere}
        >
          <Icon name="bring" size={18} />
        </button>
      </>
    );
  }
  if (!following && !followMe && role !== 'observer') return null;
  const label = following ? t('stopFollowing') : t('follow');
  return (
    <button type="button" className={following ? 'follow-button following' : 'follow-button'} onClick={() => setFollowing(!following)}>
      {label}
    </button>
  );
}
