import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { buildClientAssets } from '../../bin/build.js';
import clientAssets from './client-assets.json' with { type: 'json' };
import { type AssetName, loadAssets } from './assets.ts';

test('the compiled server serves the same stylesheet and scripts as the sources build', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roundtable-assets-'));
  try {
    await buildClientAssets(dir);
    const assets = await loadAssets();
    for (const name of ['style.css', ...Object.keys(clientAssets.scripts)] as AssetName[]) {
      const served = assets.byPath(assets.url(name));
      assert.ok(served, name);
      assert.ok(served.body.length > 100, `${name} is not empty`);
      assert.ok(served.body.equals(fs.readFileSync(path.join(dir, name))), `${name}: the compiled server's copy differs`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
