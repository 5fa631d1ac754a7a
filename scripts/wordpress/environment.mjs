// A real, throwaway WordPress for browser tests: Debian's wordpress package
// served by a private Apache (mod_php) on a free port, with a private MariaDB,
// everything under one fresh temporary directory that stop() removes.
//
//   const wp = await startWordPress({ plugins: ['/abs/path/plugin.zip'] });
//   ... wp.url, wp.users.author.login, await wp.php('echo get_bloginfo("name");') ...
//   await wp.stop();
//
// Needs root and the Debian packages listed in PACKAGES (see missingPackages()).
// Nothing is written outside the temporary directory; Apache and MariaDB run
// as children of this process (own process groups) and are stopped by pid.
//
// Layout of the temporary directory (mode 0755 so www-data and mysql can walk it):
//   wordpress/             private copy of /usr/share/wordpress (owned by root, read-only for Apache)
//   wordpress/wp-content/  private wp-content (owned by www-data): themes, plugins, uploads
//   mysql/data/            MariaDB datadir (owned by mysql)
//   mysql/run/             socket, pid file, error log (owned by mysql)
//   apache/                httpd.conf, pid file, error.log (also PHP warnings), access.log, runtime dir
//
// Permalinks: pretty, '/%postname%/', served through a static .htaccess with
// WordPress's standard rewrite block (mod_rewrite is loaded).
import { spawn, execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, dirname, basename, relative } from 'node:path';
import {
  mkdtempSync,
  mkdirSync,
  chmodSync,
  writeFileSync,
  readFileSync,
  readdirSync,
  rmSync,
  copyFileSync,
  existsSync,
  openSync,
  closeSync,
  statSync,
  symlinkSync,
  realpathSync,
} from 'node:fs';
import { rm } from 'node:fs/promises';
import { unzipSync } from 'fflate';

const WP_SRC = '/usr/share/wordpress';
const PHP_MODULE = '/usr/lib/apache2/modules/libphp8.2.so';
const APACHE_MODULES = '/usr/lib/apache2/modules';
const PACKAGES = [
  'wordpress',
  'mariadb-server',
  'apache2',
  'libapache2-mod-php',
  'php-mysql',
  'php-xml',
  'php-mbstring',
  'php-curl',
  'wordpress-l10n',
  'unzip',
];
const SITE_TITLE = 'Guichet Securite WP test';

/** Debian packages this module needs that are not installed (unzip is optional: fflate is the fallback). */
export function missingPackages() {
  return PACKAGES.filter((pkg) => {
    try {
      const status = execFileSync('dpkg-query', ['-W', '-f=${Status}', pkg], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      return !/\binstall ok installed\b/.test(status);
    } catch {
      return true;
    }
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const seconds = (t0) => ((performance.now() - t0) / 1000).toFixed(1);
const password = () => randomBytes(12).toString('base64url');
const phpString = (s) => `'${String(s).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const sqlString = (s) => `'${String(s).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

function run(cmd, args, options = {}) {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });
  } catch (error) {
    const out = [error.stdout, error.stderr].filter(Boolean).join('\n').trim();
    throw new Error(`${cmd} ${args.join(' ')} failed: ${out || error.message}`);
  }
}

function userIds(name) {
  return { uid: Number(run('id', ['-u', name]).trim()), gid: Number(run('id', ['-g', name]).trim()) };
}

function chownRecursive(path, { uid, gid }) {
  run('chown', ['-R', `${uid}:${gid}`, path]);
}

/** Two (or more) distinct free TCP ports on 127.0.0.1. */
async function freePorts(count) {
  const servers = [];
  try {
    for (let i = 0; i < count; i++) {
      const server = createServer();
      servers.push(server);
      await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', resolve);
      });
    }
    return servers.map((server) => server.address().port);
  } finally {
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(() => resolve()))));
  }
}

function tail(file, lines = 30) {
  try {
    return readFileSync(file, 'utf8').trim().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

/** Spawns a long-running daemon in its own process group, output to logFile. */
function spawnDaemon(cmd, args, logFile) {
  const fd = openSync(logFile, 'a');
  let child;
  try {
    child = spawn(cmd, args, { detached: true, stdio: ['ignore', fd, fd] });
  } finally {
    closeSync(fd);
  }
  const state = { child, pid: child.pid, exited: false, code: null, spawnError: null };
  state.exit = new Promise((resolve) => {
    child.once('error', (error) => {
      state.spawnError = error;
      state.exited = true;
      resolve();
    });
    child.once('exit', (code, signal) => {
      state.exited = true;
      state.code = code ?? signal;
      resolve();
    });
  });
  // Don't keep the caller alive if it forgets stop(): the exit hook kills us.
  child.unref();
  return state;
}

function groupAlive(pid) {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function stopDaemon(daemon, timeoutMs) {
  if (!daemon || !daemon.pid) return;
  if (!daemon.exited) {
    try {
      process.kill(daemon.pid, 'SIGTERM');
    } catch {
      // already gone
    }
    await Promise.race([daemon.exit, sleep(timeoutMs)]);
  }
  // Leftovers of the group (Apache workers, or the daemon itself after the timeout).
  for (let i = 0; i < 50 && groupAlive(daemon.pid); i++) {
    try {
      process.kill(-daemon.pid, 'SIGKILL');
    } catch {
      break;
    }
    await sleep(100);
  }
  await Promise.race([daemon.exit, sleep(2000)]);
}

async function waitFor(what, check, { timeoutMs, daemon, logFile }) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  while (Date.now() < deadline) {
    if (daemon?.exited) {
      throw new Error(`${what}: process exited (${daemon.spawnError?.message ?? daemon.code})\n${tail(logFile)}`);
    }
    try {
      if (await check()) return;
    } catch (error) {
      lastError = error;
    }
    await sleep(100);
  }
  throw new Error(
    `${what}: timed out after ${timeoutMs / 1000} s (${lastError?.message ?? 'no answer'})\n${tail(logFile)}`,
  );
}

function hasUnzip() {
  try {
    execFileSync('unzip', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Extracts a plugin zip into pluginsDir; returns the plugin's top-level folder name. */
function extractPlugin(zip, pluginsDir) {
  if (!existsSync(zip)) throw new Error(`plugin zip not found: ${zip}`);
  const before = new Set(readdirSync(pluginsDir));
  if (hasUnzip()) {
    run('unzip', ['-q', '-o', zip, '-d', pluginsDir]);
  } else {
    const files = unzipSync(readFileSync(zip));
    for (const [name, data] of Object.entries(files)) {
      if (name.startsWith('/') || name.split('/').includes('..')) throw new Error(`unsafe path in ${zip}: ${name}`);
      const target = join(pluginsDir, name);
      if (name.endsWith('/')) {
        mkdirSync(target, { recursive: true });
      } else {
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, data);
      }
    }
  }
  const added = readdirSync(pluginsDir).filter(
    (name) => !before.has(name) && statSync(join(pluginsDir, name)).isDirectory(),
  );
  if (added.length !== 1) {
    throw new Error(
      `${zip}: expected one new top-level folder in the zip, found ${added.length ? added.join(', ') : 'none'}`,
    );
  }
  return added[0];
}

/** The PHP file directly in the plugin folder whose header (first 8 KB, as WordPress reads) has "Plugin Name:". */
function pluginMainFile(pluginsDir, folder) {
  const dir = join(pluginsDir, folder);
  const main = readdirSync(dir)
    .filter((name) => name.endsWith('.php'))
    .sort()
    .find((name) => /^[ \t/*#@]*Plugin Name:/im.test(readFileSync(join(dir, name)).subarray(0, 8192).toString('utf8')));
  if (!main) throw new Error(`no PHP file with a "Plugin Name:" header in ${folder}/`);
  return `${folder}/${main}`;
}

function apacheConfig({ tmp, root, port }) {
  const mod = (name, file) => `LoadModule ${name}_module ${APACHE_MODULES}/${file}`;
  return `# Private Apache for a throwaway WordPress (generated by scripts/wordpress/environment.mjs).
ServerRoot ${tmp}/apache
DefaultRuntimeDir ${tmp}/apache/run
PidFile ${tmp}/apache/apache2.pid
Mutex file:${tmp}/apache/run default
ErrorLog ${tmp}/apache/error.log
LogLevel warn
Listen 127.0.0.1:${port}
ServerName 127.0.0.1:${port}
User www-data
Group www-data

${mod('mpm_prefork', 'mod_mpm_prefork.so')}
${mod('authz_core', 'mod_authz_core.so')}
${mod('authz_host', 'mod_authz_host.so')}
${mod('access_compat', 'mod_access_compat.so')}
${mod('dir', 'mod_dir.so')}
${mod('mime', 'mod_mime.so')}
${mod('rewrite', 'mod_rewrite.so')}
${mod('env', 'mod_env.so')}
${mod('setenvif', 'mod_setenvif.so')}
LoadModule php_module ${PHP_MODULE}

StartServers 2
MinSpareServers 2
MaxSpareServers 8
MaxRequestWorkers 32
Timeout 60
KeepAlive On

TypesConfig /etc/mime.types
AddDefaultCharset UTF-8
LogFormat "%h \\"%r\\" %>s %b %D" timing
CustomLog ${tmp}/apache/access.log timing

<Directory />
  Options FollowSymLinks
  AllowOverride None
  Require all denied
</Directory>

DocumentRoot ${root}
<Directory ${root}>
  Options FollowSymLinks
  AllowOverride All
  Require all granted
</Directory>
# Debian's wordpress package links some bundled libraries (JS, certificates) from here.
<Directory /usr/share/javascript>
  Require all granted
</Directory>

DirectoryIndex index.php index.html

<FilesMatch ".+\\.php$">
  SetHandler application/x-httpd-php
</FilesMatch>
<FilesMatch "^\\.ht">
  Require all denied
</FilesMatch>
`;
}

function wpConfig({ root, url, dbPort, db }) {
  const salts = [
    'AUTH_KEY',
    'SECURE_AUTH_KEY',
    'LOGGED_IN_KEY',
    'NONCE_KEY',
    'AUTH_SALT',
    'SECURE_AUTH_SALT',
    'LOGGED_IN_SALT',
    'NONCE_SALT',
  ]
    .map((name) => `define('${name}', '${randomBytes(32).toString('hex')}');`)
    .join('\n');
  return `<?php
// Generated by scripts/wordpress/environment.mjs for a throwaway test site.
define('DB_NAME', ${phpString(db.name)});
define('DB_USER', ${phpString(db.user)});
define('DB_PASSWORD', ${phpString(db.password)});
define('DB_HOST', '127.0.0.1:${dbPort}');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
$table_prefix = 'wp_';
${salts}
define('WP_HOME', ${phpString(url)});
define('WP_SITEURL', ${phpString(url)});
define('WP_CONTENT_DIR', ${phpString(`${root}/wp-content`)});
define('WP_CONTENT_URL', ${phpString(`${url}/wp-content`)});
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_AUTO_UPDATE_CORE', false);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('DISABLE_WP_CRON', true);
define('FS_METHOD', 'direct');
// WP_DEBUG stays off: WordPress 6.1 on PHP 8.2 floods E_DEPRECATED. PHP warnings and
// errors go to Apache's error log (<tmp>/apache/error.log), and to stderr for php().
define('WP_DEBUG', false);
if (!defined('ABSPATH')) {
  define('ABSPATH', __DIR__ . '/');
}
require_once ABSPATH . 'wp-settings.php';
`;
}

const HTACCESS = `# BEGIN WordPress
<IfModule mod_rewrite.c>
RewriteEngine On
RewriteRule .* - [E=HTTP_AUTHORIZATION:%{HTTP:Authorization}]
RewriteBase /
RewriteRule ^index\\.php$ - [L]
RewriteCond %{REQUEST_FILENAME} !-f
RewriteCond %{REQUEST_FILENAME} !-d
RewriteRule . /index.php [L]
</IfModule>
# END WordPress
`;

/**
 * Starts a throwaway WordPress. See the header comment.
 * @param {{ plugins?: string[], log?: (line: string) => void }} [options]
 */
export async function startWordPress({ plugins = [], log = console.log } = {}) {
  const tStart = performance.now();
  let t0 = tStart;
  const phase = (what) => {
    log(`wordpress: ${what} (${seconds(t0)} s)`);
    t0 = performance.now();
  };

  if (process.getuid?.() !== 0) throw new Error('startWordPress must run as root (it starts Apache and MariaDB)');
  const missing = missingPackages().filter((pkg) => pkg !== 'unzip');
  if (missing.length)
    throw new Error(
      `startWordPress: missing Debian packages: ${missing.join(' ')} (apt-get install ${missing.join(' ')})`,
    );

  const tmp = mkdtempSync(join(tmpdir(), 'wp-env-'));
  chmodSync(tmp, 0o755);
  const root = join(tmp, 'wordpress');
  const content = join(root, 'wp-content');
  const dataDir = join(tmp, 'mysql', 'data');
  const runDir = join(tmp, 'mysql', 'run');
  const socket = join(runDir, 'mariadb.sock');
  const mariadbLog = join(runDir, 'mariadb.log');
  const apacheDir = join(tmp, 'apache');
  const apacheLog = join(apacheDir, 'error.log');
  const apacheOut = join(apacheDir, 'stdout.log');

  let mariadb = null;
  let apache = null;
  let stopping = null;
  const exitHook = () => {
    // Last resort if the caller exits without stop(): synchronous kill + cleanup.
    for (const daemon of [apache, mariadb]) {
      if (daemon?.pid) {
        try {
          process.kill(-daemon.pid, 'SIGKILL');
        } catch {
          // gone
        }
      }
    }
    rmSync(tmp, { recursive: true, force: true });
  };
  process.on('exit', exitHook);

  const stop = () => {
    stopping ??= (async () => {
      const t = performance.now();
      await stopDaemon(apache, 10_000);
      await stopDaemon(mariadb, 30_000);
      await rm(tmp, { recursive: true, force: true });
      process.off('exit', exitHook);
      log(`wordpress: stopped (${seconds(t)} s)`);
    })();
    return stopping;
  };

  try {
    const www = userIds('www-data');
    const mysql = userIds('mysql');
    const [dbPort, httpPort] = await freePorts(2);
    const url = `http://127.0.0.1:${httpPort}`;
    const host = `127.0.0.1:${httpPort}`;

    // --- Files: private WordPress copy (without Debian's wp-content) and private wp-content.
    mkdirSync(root, { mode: 0o755 });
    const entries = readdirSync(WP_SRC)
      .filter((name) => name !== 'wp-content')
      .map((name) => join(WP_SRC, name));
    run('cp', ['-a', ...entries, root]);
    // Debian links bundled libraries with relative symlinks (../../../javascript/...): re-point them absolutely.
    for (const link of run('find', [root, '-type', 'l']).split('\n').filter(Boolean)) {
      const source = join(WP_SRC, relative(root, link));
      if (!existsSync(source)) continue; // dangling in the package too: leave it
      rmSync(link);
      symlinkSync(realpathSync(source), link);
    }
    rmSync(join(root, '.htaccess'), { force: true }); // a symlink to /etc/wordpress/htaccess
    writeFileSync(join(root, '.htaccess'), HTACCESS, { mode: 0o644 });
    mkdirSync(content, { mode: 0o755 });
    run('cp', ['-rL', join(WP_SRC, 'wp-content', 'themes'), join(content, 'themes')]);
    // WordPress in French (wordpress-l10n): a town hall's site, and the plugin's French admin strings next to WordPress's own.
    mkdirSync(join(content, 'languages'));
    for (const name of readdirSync(join(WP_SRC, 'wp-content', 'languages')).filter((file) =>
      /(^|-)fr_FR(\.mo|-[0-9a-f]+\.json)$/.test(file),
    )) {
      copyFileSync(join(WP_SRC, 'wp-content', 'languages', name), join(content, 'languages', name));
    }
    mkdirSync(join(content, 'plugins'));
    mkdirSync(join(content, 'uploads'));
    chownRecursive(content, www);
    phase('files copied');

    // --- MariaDB.
    mkdirSync(dataDir, { recursive: true });
    mkdirSync(runDir, { recursive: true });
    chmodSync(join(tmp, 'mysql'), 0o755);
    chownRecursive(join(tmp, 'mysql'), mysql);
    const serverOptions = [
      '--innodb-buffer-pool-size=64M',
      '--innodb-log-file-size=16M',
      '--innodb-flush-log-at-trx-commit=0',
      '--skip-innodb-doublewrite',
      '--skip-name-resolve',
      '--character-set-server=utf8mb4',
      '--collation-server=utf8mb4_unicode_ci',
    ];
    run('mariadb-install-db', [
      '--no-defaults',
      `--datadir=${dataDir}`,
      '--user=mysql',
      '--skip-test-db',
      '--skip-name-resolve',
      '--auth-root-authentication-method=socket',
      ...serverOptions,
    ]);
    phase('mariadb initialised');
    mariadb = spawnDaemon(
      '/usr/sbin/mariadbd',
      [
        '--no-defaults',
        `--datadir=${dataDir}`,
        `--socket=${socket}`,
        `--pid-file=${join(runDir, 'mariadb.pid')}`,
        `--log-error=${mariadbLog}`,
        `--tmpdir=${runDir}`,
        '--bind-address=127.0.0.1',
        `--port=${dbPort}`,
        '--user=mysql',
        ...serverOptions,
      ],
      join(runDir, 'stdout.log'),
    );
    const sql = (statements) => run('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', statements]);
    await waitFor(
      'mariadb',
      () => {
        sql('select 1');
        return true;
      },
      { timeoutMs: 60_000, daemon: mariadb, logFile: mariadbLog },
    );
    const db = { name: 'wordpress', user: 'wordpress', password: password() };
    sql(
      [
        `CREATE DATABASE \`${db.name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
        ...['127.0.0.1', 'localhost'].flatMap((h) => [
          `CREATE USER ${sqlString(db.user)}@${sqlString(h)} IDENTIFIED BY ${sqlString(db.password)}`,
          `GRANT ALL PRIVILEGES ON \`${db.name}\`.* TO ${sqlString(db.user)}@${sqlString(h)}`,
        ]),
      ].join(';\n'),
    );
    phase('mariadb started');

    // --- WordPress config and Apache.
    writeFileSync(join(root, 'wp-config.php'), wpConfig({ root, url, dbPort, db }), { mode: 0o644 });
    mkdirSync(join(apacheDir, 'run'), { recursive: true, mode: 0o755 });
    const conf = join(apacheDir, 'httpd.conf');
    writeFileSync(conf, apacheConfig({ tmp, root, port: httpPort }));
    run('/usr/sbin/apache2', ['-f', conf, '-t']);
    apache = spawnDaemon('/usr/sbin/apache2', ['-f', conf, '-DFOREGROUND'], apacheOut);
    await waitFor(
      'apache',
      async () => {
        const response = await fetch(`${url}/readme.html`, { redirect: 'manual' });
        await response.arrayBuffer();
        return response.status === 200;
      },
      { timeoutMs: 30_000, daemon: apache, logFile: apacheLog },
    );
    phase('apache started');

    // --- Web installer.
    const users = {
      admin: { login: 'admin', password: password() },
      editor: { login: 'editor', password: password() },
      author: { login: 'author', password: password() },
    };
    const form = new URLSearchParams({
      weblog_title: SITE_TITLE,
      user_name: users.admin.login,
      admin_password: users.admin.password,
      admin_password2: users.admin.password,
      pw_weak: 'on',
      admin_email: 'admin@example.test',
      blog_public: '0',
      language: '',
      Submit: 'Install WordPress',
    });
    const response = await fetch(`${url}/wp-admin/install.php?step=2`, {
      method: 'POST',
      body: form,
      redirect: 'manual',
    });
    const page = await response.text();
    if (response.status !== 200 || !/<h1[^>]*>\s*Success!/i.test(page)) {
      const text = page
        .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/gi, '')
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
      throw new Error(`WordPress install failed (HTTP ${response.status}): ${text.slice(0, 800)}\n${tail(apacheLog)}`);
    }
    phase('wordpress installed');

    const php = (code) => runPhp({ code, root, host, httpPort, www });

    await php(`
      foreach (array(array('editor', 'editor'), array('author', 'author')) as $u) {
        $pw = $u[0] === 'editor' ? ${phpString(users.editor.password)} : ${phpString(users.author.password)};
        $id = wp_insert_user(array(
          'user_login' => $u[0], 'user_pass' => $pw, 'user_email' => $u[0] . '@example.test',
          'role' => $u[1], 'display_name' => ucfirst($u[0]),
        ));
        if (is_wp_error($id)) { fwrite(STDERR, $id->get_error_message()); exit(1); }
      }
      global $wp_rewrite;
      $wp_rewrite->set_permalink_structure('/%postname%/');
      update_option('rewrite_rules', '');
      echo 'ok';
    `);
    phase('users and permalinks set');

    // --- Plugins.
    const pluginsDir = join(content, 'plugins');
    for (const zip of plugins) {
      const folder = extractPlugin(zip, pluginsDir);
      chownRecursive(join(pluginsDir, folder), www);
      run('chmod', ['-R', 'u+rwX,go+rX', join(pluginsDir, folder)]);
      const main = pluginMainFile(pluginsDir, folder);
      const out = await php(`
        require_once ABSPATH . 'wp-admin/includes/plugin.php';
        $admin = get_user_by('login', ${phpString(users.admin.login)});
        wp_set_current_user($admin->ID);
        $result = activate_plugin(${phpString(main)});
        if (is_wp_error($result)) {
          fwrite(STDERR, $result->get_error_code() . ': ' . $result->get_error_message() . "\\n" . print_r($result->get_error_data(), true));
          exit(1);
        }
        echo is_plugin_active(${phpString(main)}) ? 'active' : 'inactive';
      `).catch((error) => {
        throw new Error(`activating plugin ${main} (${basename(zip)}) failed: ${error.message}`);
      });
      if (out.trim() !== 'active') throw new Error(`plugin ${main} is not active after activation: ${out}`);
      phase(`plugin ${main} activated`);
    }
    // Rules again in a fresh process, so that they include what the plugins register on init.
    await php(`flush_rewrite_rules(false); echo 'ok';`);

    log(`wordpress: ready at ${url} (total ${seconds(tStart)} s)`);
    return { url, root, users, php, stop };
  } catch (error) {
    await stop().catch(() => {});
    throw error;
  }
}

/** Runs PHP code with WordPress loaded, as www-data (so files it creates stay writable by Apache). */
function runPhp({ code, root, host, httpPort, www }) {
  const script = `<?php
$_SERVER['HTTP_HOST'] = ${phpString(host)};
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['SERVER_PORT'] = '${httpPort}';
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['REQUEST_METHOD'] = 'GET';
$_SERVER['REMOTE_ADDR'] = '127.0.0.1';
define('WP_DISABLE_FATAL_ERROR_HANDLER', true);
require ${phpString(join(root, 'wp-load.php'))};
${code}
`;
  return new Promise((resolve, reject) => {
    const child = spawn('php', ['-d', 'display_errors=stderr', '-d', 'log_errors=0'], {
      cwd: root,
      uid: www.uid,
      gid: www.gid,
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: root, LANG: 'C.UTF-8' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out = [];
    const err = [];
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => err.push(chunk));
    child.once('error', reject);
    child.once('close', (status, signal) => {
      const stdout = Buffer.concat(out).toString('utf8');
      const stderr = Buffer.concat(err).toString('utf8');
      if (status === 0) resolve(stdout);
      else reject(new Error(`php exited with ${status ?? signal}: ${(stderr.trim() || stdout.trim()).slice(-4000)}`));
    });
    child.stdin.end(script);
  });
}
