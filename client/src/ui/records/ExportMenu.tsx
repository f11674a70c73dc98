import { downloadRecord, type RecordFormat } from '../../api/sessionFiles.js';
import { getLiveSession } from '../../sync/liveSession.js';
import { showToast } from '../../canvas/feedback/toast.js';
import { useT } from '../i18n/index.js';
import { Menu } from '../Menu.js';

const FORMATS: readonly { format: RecordFormat; key: 'export.json' | 'export.md' | 'export.html' | 'export.csv' }[] = [
  { format: 'json', key: 'export.json' },
  { format: 'md', key: 'export.md' },
  { format: 'html', key: 'export.html' },
  { format: 'csv', key: 'export.csv' },
];

/** The facilitator's Export menu: the session record and reports, downloaded as files. */
export function ExportMenu() {
  const t = useT();
  const live = getLiveSession();
  if (!live || live.role !== 'facilitator') return null;
  const entries = FORMATS.map(({ format, key }) => ({
    label: t(key),
    onSelect: () => {
      downloadRecord(live.sessionId, live.token, format).catch((err: Error) => showToast(t('export.failed', { reason: err.message })));
    },
  }));
  return <Menu label={t('export.button')} icon="download" entries={entries} className="icon-button" />;
}
