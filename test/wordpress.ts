// A throwaway WordPress from Debian's packages, for testing what a blogger sees when she pastes a board's address:
// MariaDB on a Unix socket in a temporary folder (no TCP port at all), PHP's built-in server on a free port, and the
// site installed with WordPress's own wp_install(). Debian's wp-config.php reads /etc/wordpress/config-<name>.php, so
// one uniquely named file is written there (root only) and removed by stop(), with the temporary folder.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './ports.ts';

export const wordpressRoot = '/usr/share/wordpress';
const theme = path.join(wordpressRoot, 'wp-content/themes/twentytwentythree');
/** Debian's packages the WordPress test needs, one per apt-get install. */
export const wordpressPackages = ['wordpress', 'wordpress-theme-twentytwentythree', 'mariadb-server', 'php-cli', 'php-mysql'] as const;

function missingPackages(): string[] {
  const missing: string[] = [];
  if (!fs.existsSync(path.join(wordpressRoot, 'wp-settings.php'))) missing.push('wordpress');
  if (!fs.existsSync(theme)) missing.push('wordpress-theme-twentytwentythree');
  if (!fs.existsSync('/usr/sbin/mariadbd') || !fs.existsSync('/usr/bin/mariadb-install-db')) missing.push('mariadb-server');
  if (spawnSync('php', ['-v']).status !== 0) missing.push('php-cli');
  else if (!/^mysqli$/m.test(spawnSync('php', ['-m'], { encoding: 'utf8' }).stdout)) missing.push('php-mysql');
  return missing;
}

/** Installs what is missing with `install` (test/run.ts's apt-get), or throws with the exact command. */
export function ensureWordPressPackages(install: (pkg: string) => void): void {
  for (const pkg of missingPackages()) install(pkg);
  const still = missingPackages();
  if (still.length > 0) throw new Error(`WordPress's test needs Debian packages. Run: apt-get update && apt-get install -y ${wordpressPackages.join(' ')}`);
}

export interface WordPress {
  /** The blog's origin, e.g. http://127.0.0.1:43125 */
  url: string;
  /** Publishes a post with this content (as stored: classic text or block markup); returns its address. */
  publishPost(title: string, content: string): string;
  stop(): void;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function phpString(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/**
 * Starts WordPress, allowed to discover oEmbed from `allowPort` on 127.0.0.1 (a must-use plugin with exactly the two
 * filters WordPress documents for that; nothing about how embeds are filtered changes). Everything else stays blocked:
 * WP_HTTP_BLOCK_EXTERNAL keeps WordPress itself from calling any other host.
 */
export async function startWordPress(allowPort: number): Promise<WordPress> {
  if (process.getuid?.() !== 0)
    throw new Error('The WordPress test writes /etc/wordpress/config-<name>.php (Debian reads its config only there): run it as root.');
  const missing = missingPackages();
  if (missing.length > 0) throw new Error(`Missing Debian packages for the WordPress test. Run: apt-get update && apt-get install -y ${missing.join(' ')}`);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roundtable-wp-'));
  fs.chmodSync(dir, 0o755);
  const name = `roundtable-test-${randomBytes(6).toString('hex')}`;
  const configFile = `/etc/wordpress/config-${name}.php`;
  const children: ChildProcess[] = [];
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    for (const child of children.reverse()) {
      // Each runs in its own process group: PHP's server forks workers (PHP_CLI_SERVER_WORKERS) that outlive their parent.
      if (child.exitCode === null && child.pid) {
        try {
          process.kill(-child.pid, 'SIGTERM');
        } catch {
          child.kill('SIGTERM');
        }
      }
    }
    // mariadbd flushes and exits on SIGTERM; give it a moment before its folder goes.
    spawnSync('sleep', ['0.5']);
    fs.rmSync(configFile, { force: true });
    fs.rmSync(dir, { recursive: true, force: true });
  };
  // Even when the test process ends early, leave no server running and no file behind in /etc/wordpress.
  process.once('exit', stop);
  try {
    const data = path.join(dir, 'db');
    const socket = path.join(dir, 'mysqld.sock');
    fs.mkdirSync(data);
    spawnSync('chown', ['mysql:mysql', data, dir]);
    const init = spawnSync(
      'mariadb-install-db',
      ['--no-defaults', '--user=mysql', `--datadir=${data}`, '--auth-root-authentication-method=normal', '--skip-test-db'],
      {
        encoding: 'utf8',
      },
    );
    if (init.status !== 0) throw new Error(`mariadb-install-db failed: ${init.stderr || init.stdout}`);
    const mariadb = spawn(
      '/usr/sbin/mariadbd',
      [
        '--no-defaults',
        '--user=mysql',
        `--datadir=${data}`,
        `--socket=${socket}`,
        '--skip-networking',
        `--pid-file=${path.join(dir, 'mysqld.pid')}`,
        '--skip-log-bin',
      ],
      { stdio: ['ignore', 'ignore', fs.openSync(path.join(dir, 'mariadb.log'), 'w')], detached: true },
    );
    children.push(mariadb);
    for (let i = 0; ; i++) {
      if (spawnSync('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', 'CREATE DATABASE IF NOT EXISTS wordpress']).status === 0) break;
      if (i > 100 || mariadb.exitCode !== null)
        throw new Error(`MariaDB did not start: ${fs.readFileSync(path.join(dir, 'mariadb.log'), 'utf8').slice(-2000)}`);
      await sleep(100);
    }

    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const muPlugins = path.join(dir, 'mu-plugins');
    fs.mkdirSync(muPlugins);
    fs.writeFileSync(
      path.join(muPlugins, 'allow-loopback-oembed.php'),
      `<?php
// Test only: WordPress refuses loopback addresses and ports other than 80, 443 and 8080 for oEmbed discovery.
add_filter('http_request_host_is_external', function ($external, $host) { return $external || $host === '127.0.0.1'; }, 10, 2);
add_filter('http_allowed_safe_ports', function ($ports) { $ports[] = ${allowPort}; return $ports; });
`,
    );
    const keys = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'];
    fs.writeFileSync(
      configFile,
      `<?php
// Written by Roundtable's WordPress test (test/wordpress.ts) for one run; removed when the test stops.
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', ${phpString(`localhost:${socket}`)});
define('WP_CONTENT_DIR', ${phpString(path.join(wordpressRoot, 'wp-content'))});
define('WPMU_PLUGIN_DIR', ${phpString(muPlugins)});
define('WP_HOME', ${phpString(url)});
define('WP_SITEURL', ${phpString(url)});
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_DEBUG', false);
${keys.map((k) => `define('${k}', '${randomBytes(24).toString('hex')}');`).join('\n')}
`,
    );
    const prepend = path.join(dir, 'prepend.php');
    fs.writeFileSync(prepend, `<?php $_SERVER['WORDPRESS_CONFIG'] = '${name}';\n`);
    const php = (script: string) => {
      const file = path.join(dir, `script-${randomBytes(4).toString('hex')}.php`);
      fs.writeFileSync(
        file,
        `<?php
$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}';
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
${script}`,
      );
      const result = spawnSync('php', ['-d', `auto_prepend_file=${prepend}`, file], { encoding: 'utf8', timeout: 60_000 });
      if (result.status !== 0) throw new Error(`php failed: ${result.stderr || result.stdout}`);
      return result.stdout;
    };
    php(`define('WP_INSTALLING', true);
require '${wordpressRoot}/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
$result = wp_install('A care blog', 'admin', 'admin@example.invalid', true, '', wp_generate_password(24));
echo json_encode(array('user' => $result['user_id']));
`);
    const server = spawn('php', ['-d', `auto_prepend_file=${prepend}`, '-S', `127.0.0.1:${port}`, '-t', wordpressRoot], {
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
      stdio: ['ignore', 'ignore', fs.openSync(path.join(dir, 'php.log'), 'w')],
      detached: true,
    });
    children.push(server);
    for (let i = 0; ; i++) {
      const ok = await fetch(`${url}/wp-includes/js/wp-embed.min.js`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      if (i > 100 || server.exitCode !== null)
        throw new Error(`PHP's server did not start: ${fs.readFileSync(path.join(dir, 'php.log'), 'utf8').slice(-2000)}`);
      await sleep(100);
    }
    return {
      url,
      publishPost(title, content) {
        const id = php(`require '${wordpressRoot}/wp-load.php';
wp_set_current_user(1);
kses_remove_filters();
$id = wp_insert_post(array('post_title' => ${phpString(title)}, 'post_content' => ${phpString(content)}, 'post_status' => 'publish', 'post_author' => 1), true);
if (is_wp_error($id)) { fwrite(STDERR, $id->get_error_message()); exit(1); }
echo $id;
`).trim();
        return `${url}/?p=${id}`;
      },
      stop,
    };
  } catch (err) {
    stop();
    throw err;
  }
}
