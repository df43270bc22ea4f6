import { createRequire } from 'node:module';

/** The QR encoder, loaded with the first code drawn, not at start. */
const qrcode = () => createRequire(import.meta.url)('qrcode') as typeof import('qrcode');

/** A QR code as runs of dark modules, row by row: drawn as vector rectangles in the PDF and the print page. */
export interface QrRuns {
  /** Modules per side, without the quiet zone. */
  size: number;
  runs: { x: number; y: number; width: number }[];
}

export function qrRuns(text: string): QrRuns {
  const { modules } = qrcode().create(text, { errorCorrectionLevel: 'M' });
  const runs: QrRuns['runs'] = [];
  for (let y = 0; y < modules.size; y++) {
    let start = -1;
    for (let x = 0; x <= modules.size; x++) {
      const dark = x < modules.size && modules.get(y, x) === 1;
      if (dark && start === -1) start = x;
      if (!dark && start !== -1) {
        runs.push({ x: start, y, width: x - start });
        start = -1;
      }
    }
  }
  return { size: modules.size, runs };
}

/** The same runs as one SVG path (in modules, with a quiet zone of `margin` modules). */
export function qrPath(qr: QrRuns, margin: number): string {
  return qr.runs.map((r) => `M${r.x + margin} ${r.y + margin}h${r.width}v1h-${r.width}z`).join('');
}
