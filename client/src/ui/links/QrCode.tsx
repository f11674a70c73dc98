import { useEffect, useState } from 'react';

const SIZE = 200;

/**
 * A QR code of `url`, for a tablet to scan; `label` (the image's alt text) says what it opens.
 * The encoder (22 kB) is loaded when a code is first shown, not with the start page or the board.
 */
export function QrCode({ url, label }: { url: string; label: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void import('qrcode')
      .then(({ default: QRCode }) => QRCode.toDataURL(url, { margin: 1, width: SIZE, errorCorrectionLevel: 'M' }))
      .then((data) => current && setSrc(data));
    return () => {
      current = false;
    };
  }, [url]);
  return src ? (
    <img className="qr-code" src={src} alt={label} width={SIZE} height={SIZE} />
  ) : (
    <div className="qr-code" style={{ width: SIZE, height: SIZE }} aria-busy="true" />
  );
}
