// A minimal static server on 127.0.0.1 for testing the built drop-in in a real browser.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HOST_HEADERS } from '../demo/hosts/headers.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.map': 'application/json',
};

/** Puts `<script src>` first in an HTML document, before any script of the page (in the head, or where the parser starts it). */
export function injectFirstScript(html, src) {
  const tag = `<script src="${src}"></script>`;
  for (const pattern of [/<head\b[^>]*>/i, /<html\b[^>]*>/i, /<!doctype[^>]*>/i]) {
    const match = pattern.exec(html);
    if (match) return html.slice(0, match.index + match[0].length) + tag + html.slice(match.index + match[0].length);
  }
  return tag + html;
}

/**
 * Serves the repository (host pages with their security headers), plus `pages` (path → HTML, or an array of parts
 * sent half a second apart) defined by the caller.
 * Options: `scripts` (path → JavaScript source) served as same-origin scripts, `firstScript` (one of those paths) put
 * first in every HTML page served. The returned server lists every request it received (`requests`, full URLs) and
 * answers 404 to the paths `block` is given.
 */
export async function startServer(pages = {}, { scripts = {}, firstScript } = {}) {
  const requests = [];
  const blocked = new Set();
  let url = '';
  const sendHtml = (response, html, headers = {}) => {
    response.writeHead(200, { 'content-type': types['.html'], ...headers });
    response.end(firstScript ? injectFirstScript(html, firstScript) : html);
  };
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    requests.push(`${url}${request.url}`);
    if (blocked.has(path)) {
      response.writeHead(404).end('blocked by the test');
      return;
    }
    if (scripts[path]) {
      response.writeHead(200, { 'content-type': types['.js'] });
      response.end(scripts[path]);
      return;
    }
    // A page given as parts arrives as over a slow network: each part, then a pause, so the
    // browser parses (and runs what it can) before the rest of the document is there.
    if (Array.isArray(pages[path])) {
      response.writeHead(200, { 'content-type': types['.html'] });
      for (const [index, part] of pages[path].entries()) {
        if (index) await new Promise((resolve) => setTimeout(resolve, 500));
        response.write(part);
      }
      response.end();
      return;
    }
    if (pages[path]) {
      sendHtml(response, pages[path]);
      return;
    }
    const file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      if (extname(file) === '.html') {
        sendHtml(response, body.toString('utf8'), HOST_HEADERS[path] ?? {});
        return;
      }
      response.writeHead(200, {
        'content-type': types[extname(file)] ?? 'application/octet-stream',
        ...(HOST_HEADERS[path] ?? {}),
      });
      response.end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  url = `http://127.0.0.1:${port}`;
  return {
    url,
    requests,
    block: (path) => blocked.add(path),
    unblock: (path) => blocked.delete(path),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
