#!/usr/bin/env node
// Runs the compiled server, dist/roundtable.js (bin/build.js): no TypeScript loader in the running process, so it
// starts faster and holds about 30 MiB less. It is compiled by `npm install` and again here whenever a source file
// is newer than it, so there is no build step to forget. Where it cannot be written (a read-only install), the
// TypeScript sources run through tsx instead.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const bundle = path.join(root, 'dist/roundtable.js');

/** The newest modification time of any file under dir. */
function newest(dir) {
  let latest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) latest = Math.max(latest, fs.statSync(path.join(entry.parentPath ?? entry.path, entry.name)).mtimeMs);
  }
  return latest;
}

let compiled = false;
try {
  const built = fs.statSync(bundle, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  // src/ and public/ (the stylesheet) are compiled into dist/, with bin/build.js's own choices
  if (built < Math.max(newest(path.join(root, 'src')), newest(path.join(root, 'public')), fs.statSync(path.join(root, 'bin/build.js')).mtimeMs)) {
    const { buildServer } = await import('./build.js');
    await buildServer();
  }
  compiled = true;
} catch (err) {
  console.warn(`Running the TypeScript sources through tsx: ${bundle} could not be compiled (${err.message}).`);
}
if (compiled) {
  await import(pathToFileURL(bundle).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli.ts');
}
