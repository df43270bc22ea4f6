// Compiles the server (src/cli.ts and everything it imports) into one file, dist/roundtable.js, which
// bin/roundtable.js runs: no TypeScript loader in the running server (about 30 MiB less, and a faster start).
// `npm install` runs it; bin/roundtable.js runs it again whenever a source file is newer than the bundle.
// Packages stay in node_modules. A source file's own location (import.meta.url and .dirname, which find data files
// and packages beside it) is kept: each is rewritten to that file's path, relative to the bundle.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../', import.meta.url));
export const bundleFile = path.join(root, 'dist/roundtable.js');

const keepOwnLocation = (bundle) => ({
  name: 'keep-own-location',
  setup(b) {
    b.onLoad({ filter: /\.tsx?$/ }, async (args) => {
      let contents = await fs.promises.readFile(args.path, 'utf8');
      if (contents.includes('import.meta.')) {
        const fromBundle = path.relative(path.dirname(bundle), args.path).split(path.sep).join('/');
        const url = `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`;
        // .url first: what .dirname becomes holds an import.meta.url of its own (the bundle's).
        contents = contents.replaceAll('import.meta.url', `(${url})`).replaceAll('import.meta.dirname', `__roundtableDirname(${url})`);
      }
      return { contents, loader: args.path.endsWith('x') ? 'tsx' : 'ts' };
    });
  },
});

/** Compiles the server into dist/roundtable.js. */
export function buildServer() {
  return compile(path.join(root, 'src/cli.ts'), bundleFile);
}

/** Writes a file beside its place and renames it into it, so a server starting meanwhile reads a whole file. */
function writeWhole(file, contents) {
  const partial = `${file}.${process.pid}.partial`;
  fs.writeFileSync(partial, contents);
  fs.renameSync(partial, file);
}

/**
 * Builds the stylesheet and browser scripts (src/web/client-assets.json) into `dir`, so the compiled server reads
 * them instead of loading esbuild at every start (about 10 MiB it would then keep); src/web/assets.ts builds them the
 * same way when the sources run uncompiled.
 */
export async function buildClientAssets(dir) {
  const spec = JSON.parse(fs.readFileSync(path.join(root, 'src/web/client-assets.json'), 'utf8'));
  fs.mkdirSync(dir, { recursive: true });
  const css = await build({ entryPoints: [path.join(root, spec.style)], minify: true, write: false, logLevel: 'warning' });
  writeWhole(path.join(dir, 'style.css'), css.outputFiles[0].contents);
  for (const [name, entry] of Object.entries(spec.scripts)) {
    const script = await build({ ...spec.scriptOptions, entryPoints: [path.join(root, entry)], write: false, logLevel: 'warning' });
    writeWhole(path.join(dir, name), script.outputFiles[0].contents);
  }
}

/**
 * Compiles `entry` and what it imports into `outfile` (the benchmark compiles its server harness the same way), with
 * the browser assets in `assets/` beside it; the bundle is written last, so its arrival says the build is done.
 */
export async function compile(entry, outfile, { splitting = false } = {}) {
  const assets = path.join(path.dirname(outfile), 'assets');
  await buildClientAssets(assets);
  const result = await build({
    write: false,
    entryPoints: [entry],
    // Split: what the entry imports with import() stays out of it until then (chunk files beside it).
    ...(splitting ? { splitting: true, outdir: path.dirname(outfile), entryNames: path.basename(outfile, '.js') } : { outfile }),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    sourcemap: 'linked',
    logLevel: 'warning',
    banner: {
      js: "import { dirname as __roundtableDirnameOf } from 'node:path'; import { fileURLToPath as __roundtableFileOf } from 'node:url'; const __roundtableDirname = (url) => __roundtableDirnameOf(__roundtableFileOf(url));",
    },
    plugins: [keepOwnLocation(outfile)],
    // src/web/assets.ts reads the assets from here, relative to the project
    define: { ROUNDTABLE_ASSETS_DIR: JSON.stringify(`${path.relative(root, assets).split(path.sep).join('/')}/`) },
  });
  fs.mkdirSync(path.dirname(outfile), { recursive: true });
  // The map first: the bundle's arrival is what says the build is done.
  for (const file of result.outputFiles.sort((a, b) => b.path.length - a.path.length)) writeWhole(file.path, file.contents);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await buildServer();
