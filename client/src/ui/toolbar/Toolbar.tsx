import { canWrite } from '@cocreate/shared';
import { redo, undo } from '../../input/commands.js';
import { toolKey } from '../../input/shortcuts.js';
import { useStore } from '../../store/index.js';
import { setTool } from '../../store/uiActions.js';
import { useT } from '../i18n/index.js';
import { Icon } from '../Icon.js';
import { ToolOptions } from './ToolOptions.js';
import { TOOLS } from './tools.js';

/** The tool bar: tools (pressed state shown), undo and redo. Observers get only Select and Hand. */
export function Toolbar() {
  const t = useT();
  const tool = useStore((s) => s.tool);
  const role = useStore((s) => s.role);
  const canUndo = useStore((s) => s.canUndo);
  const canRedo = useStore((s) => s.canRedo);
  const editor = role !== null && canWrite(role, 'board');
  const tools = TOOLS.filter((spec) => editor || !spec.edits);
  const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
  const mod = isMac ? '⌘' : 'Ctrl+';
  return (
    <>
      <div className="toolbar-dock" data-obstructs="left">
        <div role="toolbar" aria-label={t('tools')} aria-orientation="vertical" className="toolbar panel">
          {tools.map((spec) => (
            <button
              key={spec.id}
              type="button"
              className="tool-button"
              aria-label={t(spec.label)}
              aria-pressed={tool === spec.id}
              title={`${t(spec.label)} (${toolKey(spec.id)})`}
              onClick={() => setTool(spec.id)}
            >
              <Icon name={spec.id} />
            </button>
          ))}
          {editor && (
            <>
              <span className="toolbar-separator" aria-hidden="true" />
              <button
                type="button"
                className="tool-button"
                aria-label={t('undo')}
                title={`${t('undo')} (${mod}Z)`}
                disabled={!canUndo}
                onClick={undo}
              >
                <Icon name="undo" />
              </button>
              <button
                type="button"
                className="tool-button"
                aria-label={t('redo')}
                title={`${t('redo')} (${mod}⇧Z)`}
                disabled={!canRedo}
                onClick={redo}
              >
                <Icon name="redo" />
              </button>
            </>
          )}
        </div>
      </div>
      {editor && <ToolOptions />}
    </>
  );
}
