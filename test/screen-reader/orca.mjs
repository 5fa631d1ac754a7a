// A real screen reader for the tests: Orca (Debian's), listening to Firefox ESR, under Xvfb.
// One session per test file: Xvfb on a free display → a session D-Bus → the AT-SPI bus →
// speech-dispatcher (its audio to ALSA's null device: without that it deadlocks Orca) →
// Orca, with a settings file and a customization written here. Each scenario opens its page
// in a fresh Firefox profile, sends keys as a person would (xdotool, through the X server,
// where Orca hears them too) and waits for what Orca says: Orca's customization writes every
// utterance to a transcript, one JSON line each, flushed at once. Nothing waits a fixed time.
// Every process started here carries one marker in its environment; `stop()` ends each of
// them by its process id (TERM, then KILL: Orca ignores TERM when idle), including those
// that detached themselves (speech-dispatcher's modules, the accessibility bus).
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether this machine has what the session needs (the CI installs it: .ci/run). */
export function missingTools() {
  const needed = {
    Xvfb: '/usr/bin/Xvfb',
    'dbus-daemon': '/usr/bin/dbus-daemon',
    'at-spi-bus-launcher': '/usr/libexec/at-spi-bus-launcher',
    orca: '/usr/bin/orca',
    'speech-dispatcher': '/usr/bin/speech-dispatcher',
    xdotool: '/usr/bin/xdotool',
    'firefox-esr': process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
  };
  return Object.entries(needed)
    .filter(([, path]) => !existsSync(path))
    .map(([name]) => name);
}

// What Orca loads at start from its data folder: a transcript of every utterance (text, and
// the language the page gave for it), written and flushed line by line, and a debug log
// flushed line by line (Orca buffers it otherwise).
const CUSTOMIZATIONS = `
import json, os, time
import orca.debug as debug
import orca.speech as speech
import orca.speech_generator as speech_generator

if debug.debugFile:
    debug.debugFile.reconfigure(line_buffering=True)
    debug.debugLevel = debug.LEVEL_INFO

_transcript = open(os.environ['GUICHET_ORCA_TRANSCRIPT'], 'a', buffering=1, encoding='utf-8')
_requested = {'language': None}

def _write(kind, text, acss=None):
    family = (acss or {}).get('family') or {}
    _transcript.write(json.dumps({'t': time.time(), 'kind': kind, 'text': text,
        'requested': _requested['language'], 'voice': family.get('lang')}, ensure_ascii=False) + '\\n')

_speak = speech._speak
def _speak_logged(text, acss, interrupt):
    _write('speech', text, acss)
    return _speak(text, acss, interrupt)
speech._speak = _speak_logged

_voice = speech_generator.SpeechGenerator.voice
def _voice_logged(self, key=None, **args):
    _requested['language'] = args.get('language') or None
    string = args.get('string')
    if isinstance(string, str) and string.strip() and args.get('language'):
        _transcript.write(json.dumps({'t': time.time(), 'kind': 'language', 'text': string,
            'requested': args.get('language')}, ensure_ascii=False) + '\\n')
    return _voice(self, key, **args)
speech_generator.SpeechGenerator.voice = _voice_logged
`;

// Orca's settings: speech on through speech-dispatcher, no key echo (typed letters would
// crowd the transcript), no reading of the whole page on load (the summary stays), no
// tutorial messages, no sounds.
const SETTINGS = {
  general: {
    startingProfile: ['Default', 'default'],
    activeProfile: ['Default', 'default'],
  },
  profiles: {
    default: {
      profile: ['Default', 'default'],
      enableSpeech: true,
      speechServerFactory: 'orca.speechdispatcherfactory',
      enableKeyEcho: false,
      enableEchoByCharacter: false,
      enableEchoByWord: false,
      enableTutorialMessages: false,
      enableSound: false,
      sayAllOnLoad: false,
      pageSummaryOnLoad: true,
      enableBraille: false,
      enableBrailleMonitor: false,
    },
  },
  pronunciations: {},
  keybindings: {},
};

const FIREFOX_PREFS = {
  'accessibility.force_disabled': -1,
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'browser.aboutwelcome.enabled': false,
  'startup.homepage_welcome_url': '',
  'startup.homepage_welcome_url.additional': '',
  'browser.startup.firstrunSkipsHomepage': true,
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.healthreport.uploadEnabled': false,
  'toolkit.telemetry.reportingpolicy.firstRun': false,
  'browser.tabs.warnOnClose': false,
  'browser.sessionstore.resume_from_crash': false,
  'browser.translations.enable': false,
  'browser.translations.automaticallyPopup': false,
  'app.update.enabled': false,
  'app.update.auto': false,
  'extensions.update.enabled': false,
  'browser.search.update': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.newtabpage.enabled': false,
  'browser.uitour.enabled': false,
  'browser.discovery.enabled': false,
  'extensions.pocket.enabled': false,
  'media.autoplay.default': 5,
  'privacy.trackingprotection.enabled': false,
  'browser.download.panel.shown': true,
  'browser.toolbars.bookmarks.visibility': 'never',
  'font.size.systemFontScale': 100,
  'layout.css.devPixelsPerPx': '1.0',
};

/** Processes whose environment holds `marker`, by process id. */
function markedPids(marker) {
  const pids = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      if (readFileSync(`/proc/${entry}/environ`, 'latin1').split('\0').includes(marker)) pids.push(Number(entry));
    } catch {
      // gone, or not ours to read
    }
  }
  return pids;
}

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return !readFileSync(`/proc/${pid}/stat`, 'latin1').split(') ')[1]?.startsWith('Z');
  } catch {
    return false;
  }
};

/** TERM each process, then KILL whichever still runs after `grace` ms. */
async function endProcesses(pids, grace = 1500) {
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  const until = Date.now() + grace;
  while (pids.some(alive) && Date.now() < until) await sleep(50);
  for (const pid of pids.filter(alive)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

/** Spawns a daemon of the session, its output kept in the session's folder. */
function start(session, name, command, args, options = {}) {
  const child = spawn(command, args, {
    env: session.env,
    stdio: ['ignore', 'pipe', 'pipe', ...(options.extraStdio ?? [])],
    detached: false,
  });
  const log = [];
  child.stdout.on('data', (chunk) => log.push(chunk.toString()));
  child.stderr.on('data', (chunk) => log.push(chunk.toString()));
  session.children.push({ name, child, log });
  return child;
}

async function until(what, test, timeout) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await test();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out (${timeout} ms) waiting for ${what}`);
    await sleep(50);
  }
}

/**
 * Starts Xvfb, D-Bus, the AT-SPI bus, speech-dispatcher and Orca. Returns the session:
 * `open(url)` opens a page in a fresh Firefox, `keys()`, `type()`, `waitFor()`, `stop()`.
 */
export async function startSession() {
  const root = mkdtempSync(join(tmpdir(), 'guichet-orca-'));
  const marker = `GUICHET_ORCA_SESSION=${root}`;
  const dirs = {};
  for (const name of ['home', 'runtime', 'config', 'data', 'cache']) {
    dirs[name] = join(root, name);
    mkdirSync(dirs[name], { recursive: true, mode: 0o700 });
  }
  const session = {
    root,
    children: [],
    transcriptFile: join(root, 'transcript.jsonl'),
    debugFile: join(root, 'orca-debug.log'),
    env: {
      PATH: process.env.PATH,
      LANG: 'C.UTF-8',
      HOME: dirs.home,
      XDG_RUNTIME_DIR: dirs.runtime,
      XDG_CONFIG_HOME: dirs.config,
      XDG_DATA_HOME: dirs.data,
      XDG_CACHE_HOME: dirs.cache,
      GTK_MODULES: 'gail:atk-bridge',
      NO_AT_BRIDGE: '0',
      GNOME_ACCESSIBILITY: '1',
      ACCESSIBILITY_ENABLED: '1',
      MOZ_CRASHREPORTER_DISABLE: '1',
      GUICHET_ORCA_TRANSCRIPT: join(root, 'transcript.jsonl'),
      GUICHET_ORCA_SESSION: root,
    },
  };
  writeFileSync(session.transcriptFile, '');
  const stopAll = async () => {
    await endProcesses(session.children.map(({ child }) => child.pid).filter(alive));
    await endProcesses(markedPids(marker));
    if (!process.env.GUICHET_ORCA_KEEP) rmSync(root, { recursive: true, force: true });
  };
  try {
    // Xvfb picks a free display itself and writes its number on descriptor 3.
    const xvfb = start(
      session,
      'Xvfb',
      '/usr/bin/Xvfb',
      ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
      {
        extraStdio: ['pipe'],
      },
    );
    let display = '';
    xvfb.stdio[3].on('data', (chunk) => (display += chunk.toString()));
    await until('Xvfb', () => /\d+\n/.test(display), 15000);
    session.env.DISPLAY = `:${display.trim()}`;

    const bus = start(session, 'dbus-daemon', '/usr/bin/dbus-daemon', ['--session', '--nofork', '--print-address=1']);
    let address = '';
    bus.stdout.on('data', (chunk) => (address += chunk.toString()));
    await until('the session bus', () => address.includes('\n'), 10000);
    session.env.DBUS_SESSION_BUS_ADDRESS = address.trim();

    start(session, 'at-spi-bus-launcher', '/usr/libexec/at-spi-bus-launcher', ['--launch-immediately']);

    // speech-dispatcher: the system configuration, with the audio sent to ALSA's null device and
    // one module (eSpeak NG) loaded instead of every one installed (their voice lists take seconds).
    const speechd = join(dirs.config, 'speech-dispatcher');
    cpSync('/etc/speech-dispatcher', speechd, { recursive: true, dereference: true });
    writeFileSync(
      join(speechd, 'speechd.conf'),
      `${readFileSync(join(speechd, 'speechd.conf'), 'utf8')}\nAudioOutputMethod "alsa"\nAudioALSADevice "null"\nAddModule "espeak-ng" "sd_espeak-ng" "espeak-ng.conf"\nDefaultModule espeak-ng\n`,
    );
    const socket = join(dirs.runtime, 'speechd.sock');
    session.env.SPEECHD_ADDRESS = `unix_socket:${socket}`;
    start(session, 'speech-dispatcher', '/usr/bin/speech-dispatcher', [
      '--run-single',
      '--config-dir',
      speechd,
      '--communication-method',
      'unix_socket',
      '--socket-path',
      socket,
      '--timeout',
      '0',
      '--pid-file',
      join(dirs.runtime, 'speechd.pid'),
    ]);
    await until('speech-dispatcher', () => existsSync(socket), 10000);

    const orcaData = join(dirs.data, 'orca');
    mkdirSync(orcaData, { recursive: true });
    writeFileSync(join(orcaData, 'user-settings.conf'), JSON.stringify(SETTINGS, null, 2));
    writeFileSync(join(orcaData, 'orca-customizations.py'), CUSTOMIZATIONS);
    const orca = start(session, 'orca', '/usr/bin/orca', ['--debug-file', session.debugFile]);
    await until(
      'Orca to start',
      () => {
        if (orca.exitCode !== null) throw new Error(`Orca ended (exit code ${orca.exitCode})`);
        return debugLog(session).includes('ORCA: Starting ATSPI registry.');
      },
      30000,
    );
  } catch (error) {
    const logs = session.children.map(({ name, log }) => `--- ${name}\n${log.join('').slice(-2000)}`).join('\n');
    await stopAll();
    throw new Error(`${error.message}\n${logs}`);
  }

  let browser;
  const api = {
    env: session.env,
    /** Every utterance so far: `{ text, requested, voice }`. */
    utterances: () => readUtterances(session),
    /** Utterances from index `from` on. */
    since: (from) => readUtterances(session).slice(from),
    debugLog: () => debugLog(session),
    /**
     * The pieces of text Orca's speech generator was given with a language (from the page's
     * lang attributes), from time `since` (seconds) on: `{ text, requested }`.
     */
    languageParts: (since = 0) =>
      readRecords(session).filter((record) => record.kind === 'language' && record.t >= since),
    /**
     * Opens `url` in a new Firefox with a fresh profile (closing the previous one) and waits until
     * Orca says "Finished loading <title>". Orca sometimes misses the end of the load on a busy
     * machine although it has read the window's title and the page (its live regions speak): then,
     * after `loadTimeout`, the page counts as open. A browser whose page Orca has not named at
     * all within `timeout` (a cold start) is closed and started once more; the starts are counted
     * in `startAttempts`.
     */
    async open(
      url,
      title,
      { timeout = api.startAttempts.length ? 40000 : 60000, loadTimeout = 15000, attempts = 2 } = {},
    ) {
      for (let attempt = 1; ; attempt += 1) {
        await api.closeBrowser();
        const profile = mkdtempSync(join(root, 'firefox-'));
        writeFileSync(
          join(profile, 'user.js'),
          Object.entries(FIREFOX_PREFS)
            .map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});\n`)
            .join(''),
        );
        const from = readUtterances(session).length;
        api.startAttempts.push({ url, attempt });
        browser = start(session, 'firefox', process.env.FIREFOX_PATH || '/usr/bin/firefox-esr', [
          '--no-remote',
          '--new-instance',
          '--profile',
          profile,
          '--width',
          '1280',
          '--height',
          '1000',
          url,
        ]);
        try {
          const named = await api.waitFor((text) => text.includes(title), {
            from,
            timeout,
            what: `the page "${title}"`,
          });
          if (/^Finished loading/.test(readUtterances(session)[named].text)) return from;
          await api
            .waitFor((text) => text.startsWith(`Finished loading ${title}`), { from, timeout: loadTimeout })
            .catch(() => api.startAttempts.push({ url, attempt, missedLoad: true }));
          return from;
        } catch (error) {
          if (attempt >= attempts) throw error;
          console.warn(`Firefox: Orca did not name "${title}" within ${timeout} ms; starting it again`);
        }
      }
    },
    /** Each browser start: `{ url, attempt }`. */
    startAttempts: [],
    async closeBrowser() {
      if (!browser) return;
      const pid = browser.pid;
      browser = undefined;
      const descendants = (parent) =>
        readdirSync('/proc')
          .filter((entry) => /^\d+$/.test(entry))
          .filter((entry) => {
            try {
              return Number(readFileSync(`/proc/${entry}/stat`, 'latin1').split(') ')[1].split(' ')[1]) === parent;
            } catch {
              return false;
            }
          })
          .flatMap((entry) => [Number(entry), ...descendants(Number(entry))]);
      await endProcesses([pid, ...descendants(pid)]);
    },
    /** Presses keys (xdotool names: Tab, shift+Tab, Return, h, Down), one after another. */
    keys(...names) {
      const result = spawnSync('/usr/bin/xdotool', ['key', '--delay', '60', ...names], { env: session.env });
      if (result.status !== 0) throw new Error(`xdotool: ${result.stderr}`);
    },
    /** Types text, a key at a time. */
    type(text) {
      const result = spawnSync('/usr/bin/xdotool', ['type', '--delay', '80', text], { env: session.env });
      if (result.status !== 0) throw new Error(`xdotool: ${result.stderr}`);
    },
    /**
     * Waits until an utterance from index `from` on matches (a string it contains, a regular
     * expression, or a function); returns that utterance's index.
     */
    async waitFor(match, { from = 0, timeout = 15000, what } = {}) {
      const test =
        typeof match === 'function'
          ? match
          : typeof match === 'string'
            ? (text) => text.includes(match)
            : (text) => match.test(text);
      const end = Date.now() + timeout;
      for (;;) {
        const all = readUtterances(session);
        const found = all.findIndex((utterance, index) => index >= from && test(utterance.text));
        if (found >= 0) return found;
        if (Date.now() > end) {
          const heard = all.slice(from).map((utterance) => `  «${utterance.text}»`);
          throw new Error(
            `Orca did not say ${what ?? match} within ${timeout} ms; it said:\n${heard.join('\n') || '  (nothing)'}`,
          );
        }
        await sleep(50);
      }
    },
    /**
     * Presses `key` (Tab by default) until Orca says something matching `match`, as a person
     * tabbing through the page listens for the control they want; returns that utterance's index.
     */
    async pressUntil(match, { key = 'Tab', max = 40, what } = {}) {
      const test = typeof match === 'string' ? (text) => text.includes(match) : (text) => match.test(text);
      const start = readUtterances(session).length;
      for (let press = 0; press < max; press += 1) {
        const from = readUtterances(session).length;
        api.keys(key);
        // A key can be silent: Tab onto the control Orca already presents says nothing new.
        const said = await api
          .waitFor(() => true, { from, timeout: 4000 })
          .then(
            () => true,
            () => false,
          );
        if (!said) continue;
        await api.settle({ from, quiet: 350 });
        const found = readUtterances(session).findIndex((utterance, index) => index >= from && test(utterance.text));
        if (found >= 0) return found;
      }
      const heard = readUtterances(session)
        .slice(start)
        .map((utterance) => `  «${utterance.text}»`);
      throw new Error(`${max} × ${key} never reached ${what ?? match}; Orca said:\n${heard.join('\n')}`);
    },
    /** Waits until Orca has said nothing for `quiet` ms (after something was said since `from`). */
    async settle({ from = 0, quiet = 700, timeout = 10000 } = {}) {
      const end = Date.now() + timeout;
      let count = -1;
      let since = Date.now();
      for (;;) {
        const now = readUtterances(session).length;
        if (now !== count) {
          count = now;
          since = Date.now();
        } else if (now > from && Date.now() - since >= quiet) return;
        if (Date.now() > end) return;
        await sleep(50);
      }
    },
    async stop() {
      await api.closeBrowser();
      await stopAll();
    },
  };
  return api;
}

function readRecords(session) {
  return readFileSync(session.transcriptFile, 'utf8')
    .split('\n')
    .filter((line) => line.endsWith('}'))
    .map((line) => JSON.parse(line));
}

/** What Orca spoke, in order. */
const readUtterances = (session) => readRecords(session).filter((record) => record.kind === 'speech');

function debugLog(session) {
  try {
    return readFileSync(session.debugFile, 'utf8');
  } catch {
    return '';
  }
}
