/**
 * The ONE source of the HTTP security headers. The nginx configuration (scripts/nginx-config.mjs writes
 * scripts/nginx/*.conf from it) and the test server (tests/helpers/server.ts) both take them from here, so
 * what the browser tests check is what production sends. Plain data and two small functions, no
 * imports, erasable TypeScript only: Node 22 runs it as it is from the .mjs scripts.
 *
 * Public pages: no inline script (JSON-LD `<script type="application/ld+json">` blocks are data, never
 * executed, so CSP does not apply to them), no third-party origin. Pagefind compiles WebAssembly, hence
 * 'wasm-unsafe-eval' (it allows WebAssembly only, not JavaScript eval).
 * /admin (Decap CMS): Decap evaluates code ('unsafe-eval') and injects style elements ('unsafe-inline'
 * for styles only); it talks to the git backend. Add the backend origin (e.g. a self-hosted GitLab) to
 * `adminConnectSrc` when one is configured.
 */

export type CspDirectives = Record<string, string[]>;

export const publicCsp: CspDirectives = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'media-src': ["'self'"],
  'object-src': ["'none'"],
  'frame-src': ["'none'"],
  'base-uri': ["'self'"],
  // The satisfaction survey posts by e-mail (mailto:) unless FEEDBACK_ENDPOINT is set: see withFormTargets.
  'form-action': ["'self'", 'mailto:'],
  'frame-ancestors': ["'none'"],
};

/** Origins the CMS may call besides its own: decap-server on this machine (`npm start`, tests on a free port;
 * Decap uses its local backend only when the page itself is on localhost). Add the git backend's origin here. */
export const adminConnectSrc = ['http://localhost:*', 'http://127.0.0.1:*'];

export const adminCsp: CspDirectives = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'unsafe-eval'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  // Decap reads uploaded files back through blob: and data: URLs before saving them.
  'connect-src': ["'self'", 'blob:', 'data:', ...adminConnectSrc],
  'worker-src': ["'self'", 'blob:'],
  'media-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'frame-src': ["'self'", 'blob:'],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

export function cspString(d: CspDirectives): string {
  return Object.entries(d)
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ');
}

/** Headers every response carries (pages, assets, 404s). */
export const commonHeaders: Record<string, string> = {
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy':
    'accelerometer=(), autoplay=(), camera=(), display-capture=(), encrypted-media=(), fullscreen=(self), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), picture-in-picture=(), publickey-credentials-get=(), screen-wake-lock=(), sync-xhr=(), usb=(), xr-spatial-tracking=()',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** The URL prefix of the CMS, which gets its own policy. */
export const adminPrefix = '/admin';

export function isAdminPath(pathname: string): boolean {
  return pathname === adminPrefix || pathname.startsWith(`${adminPrefix}/`);
}

/** The open-data registers (/api/*.json): other sites' scripts may read them. */
export const openDataPrefix = '/api';

export const openDataHeaders: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
  'Cross-Origin-Resource-Policy': 'cross-origin',
};

export function isOpenDataPath(pathname: string): boolean {
  return pathname.startsWith(`${openDataPrefix}/`);
}

export interface HeaderOptions {
  /** Other addresses forms post to (the FEEDBACK_ENDPOINT set at build time); their origins join form-action. */
  formTargets?: (string | null | undefined)[];
}

export function withFormTargets(csp: CspDirectives, targets: HeaderOptions['formTargets'] = []): CspDirectives {
  const origins = targets.filter((t): t is string => Boolean(t)).map((t) => new URL(t).origin);
  return origins.length ? { ...csp, 'form-action': [...new Set([...(csp['form-action'] ?? []), ...origins])] } : csp;
}

/** Whether a CSP source list allows `url` (for checking built pages against the policy). */
export function cspAllows(sources: string[], url: URL, self: URL): boolean {
  return sources.some((s) => {
    if (s === "'self'") return url.origin === self.origin;
    // Stryker disable next-line Regex: without ^ the same sources match: a CSP host source never ends in ":" (a port is digits or *), so only scheme sources ("data:", "https:") do
    if (/^[a-z][a-z0-9+.-]*:$/i.test(s)) return url.protocol === s.toLowerCase();
    // Stryker disable next-line ConditionalExpression,MethodExpression,BooleanLiteral: a quoted keyword ('none', 'unsafe-inline') is no URL either: new URL() below throws and the answer is false all the same; this line only says so first
    if (s.startsWith("'")) return false;
    return URL.canParse(s) && new URL(s).origin === url.origin;
  });
}

/** All security headers for a response to `pathname`. */
export function securityHeaders(pathname: string, options: HeaderOptions = {}): Record<string, string> {
  return {
    ...commonHeaders,
    ...(isOpenDataPath(pathname) ? openDataHeaders : {}),
    'Content-Security-Policy': cspString(isAdminPath(pathname) ? adminCsp : withFormTargets(publicCsp, options.formTargets)),
  };
}
