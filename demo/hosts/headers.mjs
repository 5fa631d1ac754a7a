// Response headers the hostile host pages are served with, by the demo server
// and by the test server alike.
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  // The only Trusted Types policy the library needs: Lit's own, named lit-html.
  'trusted-types lit-html',
].join('; ');

export const HOST_HEADERS = {
  '/demo/hosts/strict-csp.html': { 'content-security-policy': STRICT_CSP },
};
