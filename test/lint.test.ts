// Formatting, lint rules and one-way imports, checked by Biome as part of `npm test` (biome.json says which rules).
// The other tests plant a cycle, and an import against the layers, in a copy of the tree: the checks read real modules and fail.
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

/** src/ and the project's Biome rules in a temporary folder (not a git checkout, so Biome reads no .gitignore there). */
function copyOfTree(name: string): string {
  const copy = path.join(tmp, name);
  fs.cpSync(path.join(root, 'src'), path.join(copy, 'src'), { recursive: true });
  const config = JSON.parse(fs.readFileSync(path.join(root, 'biome.json'), 'utf8'));
  fs.writeFileSync(path.join(copy, 'biome.json'), JSON.stringify({ ...config, $schema: undefined, vcs: { enabled: false } }));
  return copy;
}

test('the tree is formatted, passes the lint rules and has no import cycle (npm run format / npm run lint)', () => {
  const { status, output } = runBiome(root, ['ci', '--error-on-warnings', '--max-diagnostics=50', '.']);
  assert.equal(status, 0, output);
});

test('a planted import cycle fails the check, naming both files', () => {
  const copy = copyOfTree('cycle');
  const clean = runBiome(copy, ['lint', '--only=suspicious/noImportCycles', 'src']);
  assert.equal(clean.status, 0, `the check failed before a cycle was planted:\n${clean.output}`);
  assert.match(clean.output, /Checked [1-9]\d+ files/, 'the check looked at the modules');

  // paths.ts is imported by most views; making it import a view closes a circle through real modules.
  const paths = path.join(copy, 'src', 'web', 'paths.ts');
  fs.appendFileSync(paths, "\nimport '../answers/answers.views.tsx';\n");
  const planted = runBiome(copy, ['lint', '--only=suspicious/noImportCycles', 'src']);
  assert.notEqual(planted.status, 0, 'the planted cycle went unnoticed');
  assert.match(planted.output, /noImportCycles/);
  assert.match(planted.output, /src\/web\/paths\.ts/);
});

test('a feature importing one above it fails the check, with the rule that says which way imports run', () => {
  const copy = copyOfTree('upward');
  // boards/ is below answers/: the board's queries must not reach up into the answer form.
  fs.appendFileSync(
    path.join(copy, 'src', 'boards', 'boards.queries.ts'),
    "\nimport type { AnswerInput } from '../answers/answers.input.ts';\nexport type Planted = AnswerInput;\n",
  );
  const planted = runBiome(copy, ['lint', '--only=style/noRestrictedImports', 'src']);
  assert.notEqual(planted.status, 0, 'the upward import went unnoticed');
  assert.match(planted.output, /src\/boards\/boards\.queries\.ts/);
  assert.match(planted.output, /imports only shared code and the layers below it/);
});
