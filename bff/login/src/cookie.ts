import { SESSION_COOKIE } from '@tessera/kit';
import type { FastifyRequest } from 'fastify';

/** `auto`: Secure everywhere but localhost, where browsers talk plain http. */
export type SecureCookieMode = 'auto' | 'always' | 'never';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function requestHostname(request: FastifyRequest): string {
  const hostname = request.hostname.toLowerCase();
  return hostname.startsWith('[')
    ? hostname.slice(0, hostname.indexOf(']') + 1)
    : hostname.split(':')[0]!;
}

function isSecure(request: FastifyRequest, mode: SecureCookieMode): boolean {
  if (mode !== 'auto') return mode === 'always';
  const hostname = requestHostname(request);
  return !(LOCAL_HOSTS.has(hostname) || hostname.endsWith('.localhost'));
}

/** Path=/ so every BFF behind the edge receives it; HttpOnly keeps it from scripts. */
export function sessionCookie(
  request: FastifyRequest,
  mode: SecureCookieMode,
  token: string,
  maxAgeSeconds: number,
): string {
  const attributes = [
    `${SESSION_COOKIE}=${token}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Lax',
    `Max-Age=${maxAgeSeconds}`,
  ];
  if (isSecure(request, mode)) attributes.push('Secure');
  return attributes.join('; ');
}

export function clearedSessionCookie(request: FastifyRequest, mode: SecureCookieMode): string {
  return sessionCookie(request, mode, '', 0);
}
