// The benchmark's servers (bench/server.ts: the app and the bare node:http baselines) run compiled, the way
// bin/roundtable.js runs the app (bin/build.js: one file, no TypeScript loader), so their memory and start-up are an
// operator's. Split, so the bare baselines never load the app's code (server.ts imports it with import()). The files go
// in dist/bench/, inside the project, where the packages they import are found.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compile } from '../bin/build.js';

export async function compiledServerScript(): Promise<string> {
  const dir = fileURLToPath(new URL('../dist/bench/', import.meta.url));
  fs.rmSync(dir, { recursive: true, force: true });
  const out = `${dir}server.js`;
  await compile(fileURLToPath(new URL('./server.ts', import.meta.url)), out, { splitting: true });
  return out;
}
