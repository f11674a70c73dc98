import { useRef, useState } from 'react';
import { useT } from '../i18n/index.js';
import './links.css';

/** A read-only link with a button that copies it to the clipboard. */
export function CopyLink({ label, url }: { label: string; url: string }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  async function copy() {
    // navigator.clipboard exists only in secure contexts; a workshop LAN address is plain http.
    if (navigator.clipboard) await navigator.clipboard.writeText(url);
    else {
      input.current?.select();
      document.execCommand('copy');
    }
    setCopied(true);
    setTimeout(() => setCopied(false), 1500);
  }
  return (
    <div className="copy-link">
      <label>
        {label}
        <input ref={input} className="field" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <button type="button" onClick={() => void copy()} aria-label={t('link.copy', { what: label })}>
        {copied ? t('link.copied') : t('link.copyShort')}
      </button>
    </div>
  );
}
