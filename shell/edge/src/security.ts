/**
 * Security headers for every response. The CSP allows only our own origin: Module
 * Federation's runtime loads remotes by inserting `<script src>` tags for same-origin
 * `/assets/...` URLs, which `script-src 'self'` permits, and the inlined registry is a
 * JSON data block, which CSP does not treat as script.
 */
export function securityHeaders(devOrigins: readonly string[] = []): Record<string, string> {
  // Dev servers are other origins (their scripts, styles and HMR websocket): dev mode only.
  const dev = devOrigins.map((origin) => new URL(origin).origin);
  const devSockets = dev.map((origin) => origin.replace(/^http/, 'ws'));
  const sources = (...extra: string[]) => ["'self'", ...extra].join(' ');
  const csp = [
    `default-src 'self'`,
    `script-src ${sources(...dev)}`,
    `style-src ${sources(...dev)}`,
    `img-src ${sources('data:', ...dev)}`,
    `connect-src ${sources(...dev, ...devSockets)}`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
  ].join('; ');
  return {
    'content-security-policy': csp,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  };
}
