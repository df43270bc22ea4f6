// `npm test`: makes sure Chromium and PostgreSQL are here (installing them with apt-get when it can; WordPress, MariaDB
// and PHP too when the WordPress test is among those run),
// starts a throwaway PostgreSQL cluster unless TEST_DATABASE_URL is set, then runs every *.test.ts.
// Arguments filter test files by path: `npm test -- src/answers`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromiumPath } from './browser.ts';
import { ensurePostgresBinaries, startCluster, type Cluster } from './postgres.ts';
import { ensureWordPressPackages } from './wordpress.ts';

let aptUpdated = false;

function install(pkg: string): void {
  const command = `apt-get update && apt-get install -y ${pkg}`;
  if (process.getuid?.() !== 0 || spawnSync('which', ['apt-get']).status !== 0) {
    console.error(`\n${pkg} is needed by the tests and is not installed. Run:\n\n  sudo ${command}\n`);
    process.exit(1);
  }
  console.log(`Installing ${pkg}: ${command}`);
  if (!aptUpdated) spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  aptUpdated = true;
  const result = spawnSync('apt-get', ['install', '-y', '-qq', pkg], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (result.status !== 0) {
    console.error(`\nInstalling ${pkg} failed. Run:\n\n  sudo ${command}\n`);
    process.exit(1);
  }
}

function findTests(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : findTests(full);
    return /\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

if (!fs.existsSync(chromiumPath)) install('chromium');
if (!fs.existsSync(chromiumPath)) {
  console.error(`Chromium is still missing at ${chromiumPath}. Run: sudo apt-get install -y chromium`);
  process.exit(1);
}

const filters = process.argv.slice(2);
const files = [...findTests('src'), ...findTests('test')].filter((f) => filters.length === 0 || filters.some((x) => f.includes(x))).sort();
if (files.length === 0) {
  console.error(`No test files match ${filters.join(' ')}`);
  process.exit(1);
}
// The WordPress test (src/embed/wordpress.browser.test.ts) runs Debian's WordPress, MariaDB and PHP.
if (files.some((f) => f.includes('wordpress'))) ensureWordPressPackages(install);
// The projector's test reads its QR code back with a real decoder: zbarimg, from Debian's zbar-tools.
if (files.some((f) => f.includes('projector.browser')) && spawnSync('which', ['zbarimg']).status !== 0) install('zbar-tools');
// The exports' test reads the XLSX workbook back with a real reader: openpyxl, from Debian's python3-openpyxl.
if (files.some((f) => f.includes('exports.routes')) && spawnSync('/usr/bin/python3', ['-c', 'import openpyxl']).status !== 0) install('python3-openpyxl');
// The handout's tests read its PDF back with Debian's poppler-utils (pdftotext, pdfinfo, pdffonts, pdftoppm), and its QR code with zbarimg.
if (files.some((f) => f.includes('src/handouts/')) && spawnSync('which', ['pdftotext']).status !== 0) install('poppler-utils');
if (files.some((f) => f.includes('handouts.browser')) && spawnSync('which', ['zbarimg']).status !== 0) install('zbar-tools');
// The load-balancer test runs docs/OPERATIONS.md's HAProxy configuration with Debian's HAProxy, and makes its certificate with openssl.
if (files.some((f) => f.includes('load-balancer')) && spawnSync('which', ['haproxy']).status !== 0) install('haproxy');

let cluster: Cluster | undefined;
const env = { ...process.env };
if (!env.TEST_DATABASE_URL) {
  cluster = await startCluster(ensurePostgresBinaries(install));
  env.TEST_DATABASE_URL = cluster.url;
  console.log(`Started a throwaway PostgreSQL cluster for the tests at ${cluster.url}`);
}

const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', '--test-reporter=spec', ...files], { stdio: 'inherit', env });
cluster?.stop();
process.exit(result.status ?? 1);
