import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import { build } from 'esbuild';
import { encodeOnce, type Encoded } from './encoded.ts';
import { assetPath, embedScriptPath } from './paths.ts';

export interface Asset extends Encoded {
  readonly path: string;
  readonly type: string;
  readonly etag: string;
}

export interface Assets {
  /** The cache-busting URL of a source file, e.g. url('style.css') → /assets/style.1a2b3c4d.css */
  url(name: AssetName): string;
  byPath(path: string): Asset | undefined;
  /** The host-page script for embeds: a stable URL that blogs paste once. */
  readonly embedHost: Asset;
}

const root = new URL('../../', import.meta.url);
const clientEntries = {
  'answer-form.js': 'src/client/answer-form.ts',
  'embed-frame.js': 'src/client/embed-frame.ts',
  'embed-host.js': 'src/client/embed-host.ts',
  'live.js': 'src/client/live.ts',
  'live-console.js': 'src/client/live-console.ts',
  'joined.js': 'src/client/joined.ts',
  'language.js': 'src/client/language.ts',
  'moderation-queue.js': 'src/client/moderation-queue.ts',
  'private-link.js': 'src/client/private-link.ts',
  'projector.js': 'src/client/projector.ts',
  'share.js': 'src/client/share.ts',
  'votes.js': 'src/client/votes.ts',
} as const;
export type AssetName = keyof typeof clientEntries | 'style.css';

/** An asset at /assets/<name>.<hash>.<ext>, or at `stablePath` when given (the embed script blogs paste). */
function makeAsset(name: string, type: string, body: Buffer, stablePath?: string): Asset {
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 10);
  const dot = name.lastIndexOf('.');
  const encoded = encodeOnce(body, 'best');
  return {
    path: stablePath ?? assetPath(`${name.slice(0, dot)}.${hash}${name.slice(dot)}`),
    type,
    body,
    get gzip() {
      return encoded.gzip;
    },
    get br() {
      return encoded.br;
    },
    etag: `"${hash}"`,
  };
}

async function bundle(entry: string): Promise<Buffer> {
  const result = await build({
    entryPoints: [new URL(entry, root).pathname],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2019',
    write: false,
    legalComments: 'none',
  });
  return Buffer.from(result.outputFiles[0]!.contents);
}

async function buildAssets(): Promise<Assets> {
  const css = await build({ stdin: { contents: await fs.readFile(new URL('public/style.css', root), 'utf8'), loader: 'css' }, minify: true, write: false });
  const byName = new Map<string, Asset>();
  byName.set('style.css', makeAsset('style.css', 'text/css; charset=utf-8', Buffer.from(css.outputFiles[0]!.contents)));
  for (const [name, entry] of Object.entries(clientEntries)) {
    byName.set(name, makeAsset(name, 'text/javascript; charset=utf-8', await bundle(entry)));
  }
  const byPath = new Map([...byName.values()].map((a) => [a.path, a]));
  const hostAsset = byName.get('embed-host.js')!;
  const embedHost = makeAsset('embed.js', hostAsset.type, hostAsset.body, embedScriptPath);
  return {
    url: (name) => byName.get(name)!.path,
    byPath: (path) => byPath.get(path),
    embedHost,
  };
}

let built: Promise<Assets> | undefined;

/** Builds the stylesheet and browser scripts once per process, in memory, pre-compressed. */
export function loadAssets(): Promise<Assets> {
  built ??= buildAssets();
  return built;
}
