import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import type { BuildOptions } from 'esbuild';
import clientAssets from './client-assets.json' with { type: 'json' };
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
type ScriptName = keyof typeof clientAssets.scripts;
export type AssetName = ScriptName | 'style.css';

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

// The compiled server (bin/build.js) is given the folder where the stylesheet and scripts were built with it.
declare const ROUNDTABLE_ASSETS_DIR: string | undefined;

/** The minified stylesheet and browser scripts, by name: built with the compiled server, or here and now. */
async function clientFiles(): Promise<Map<string, Buffer>> {
  const names = ['style.css', ...Object.keys(clientAssets.scripts)];
  if (typeof ROUNDTABLE_ASSETS_DIR === 'string') {
    const dir = new URL(ROUNDTABLE_ASSETS_DIR, root);
    return new Map(await Promise.all(names.map(async (name) => [name, await fs.readFile(new URL(name, dir))] as const)));
  }
  // Running the TypeScript sources (tests, a read-only install): esbuild, loaded only then (about 10 MiB).
  const { build } = await import('esbuild');
  const css = await build({ stdin: { contents: await fs.readFile(new URL(clientAssets.style, root), 'utf8'), loader: 'css' }, minify: true, write: false });
  const files = new Map([['style.css', Buffer.from(css.outputFiles[0]!.contents)]]);
  for (const [name, entry] of Object.entries(clientAssets.scripts)) {
    const script = await build({ ...(clientAssets.scriptOptions as BuildOptions), entryPoints: [new URL(entry, root).pathname], write: false });
    files.set(name, Buffer.from(script.outputFiles[0]!.contents));
  }
  return files;
}

async function buildAssets(): Promise<Assets> {
  const byName = new Map<string, Asset>();
  for (const [name, body] of await clientFiles()) {
    byName.set(name, makeAsset(name, name.endsWith('.css') ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8', body));
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

/** The stylesheet and browser scripts, read or built once per process, held pre-compressed. */
export function loadAssets(): Promise<Assets> {
  built ??= buildAssets();
  return built;
}
