// Formatting, lint rules and one-way imports, checked by Biome as part of `npm test` (biome.json says which rules).
// The second test plants a cycle in a copy of the tree, to show the check finds real modules and fails on a new cycle.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';

const root = path.join(import.meta.dirname, '..');
const biome = path.join(root, 'node_modules', '.bin', 'biome');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'roundtable-lint-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

function runBiome(cwd: string, args: string[]): { status: number | null; output: string } {
  const result = spawnSync(biome, args, { cwd, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

test('the tree is formatted, passes the lint rules and has no import cycle (npm run format / npm run lint)', () => {
  const { status, output } = runBiome(root, ['ci', '--max-diagnostics=50', '.']);
  assert.equal(status, 0, output);
});

test('a planted import cycle fails the check, naming both files', () => {
  const copy = path.join(tmp, 'tree');
  fs.cpSync(path.join(root, 'src'), path.join(copy, 'src'), { recursive: true });
  fs.copyFileSync(path.join(root, 'biome.json'), path.join(copy, 'biome.json'));
  fs.writeFileSync(path.join(copy, 'biome.json'), fs.readFileSync(path.join(root, 'biome.json'), 'utf8').replace('"vcs": { "enabled": true', '"vcs": { "enabled": false'));
  const clean = runBiome(copy, ['lint', '--only=suspicious/noImportCycles', 'src']);
  assert.equal(clean.status, 0, `the copy had a cycle before one was planted:\n${clean.output}`);
  assert.match(clean.output, /Checked [1-9]\d+ files/, 'the check looked at the modules');

  // paths.ts is imported by most views; making it import a view closes a circle through real modules.
  const paths = path.join(copy, 'src', 'web', 'paths.ts');
  fs.appendFileSync(paths, "\nimport '../answers/answers.views.tsx';\n");
  const planted = runBiome(copy, ['lint', '--only=suspicious/noImportCycles', 'src']);
  assert.notEqual(planted.status, 0, 'the planted cycle went unnoticed');
  assert.match(planted.output, /noImportCycles/);
  assert.match(planted.output, /src\/web\/paths\.ts/);
});
