import { CSRF_HEADER } from '@tessera/bff-login/contract';
import { ApiError, problemOf } from '@tessera/mfe-kit';

export interface ApiClientOptions {
  /** Where this MFE's BFF is reached through the edge: `/api/login`. */
  baseUrl: string;
  fetch?: typeof fetch;
}

export interface ApiClient {
  get(path: string): Promise<unknown>;
  /** Resolves with the parsed JSON body, or `undefined` for an answer without one (204). */
  post(path: string, body?: unknown): Promise<unknown>;
}

/**
 * JSON over fetch to the MFE's own BFF, with the session cookie (same origin through the edge);
 * errors become `ApiError`s with the problem document.
 */
export function createApiClient({ baseUrl, fetch: custom }: ApiClientOptions): ApiClient {
  // The global is read per request, not captured: a test or a polyfill may replace it later.
  const send: typeof fetch = custom ?? ((input, init) => fetch(input, init));
  async function request(path: string, init: RequestInit): Promise<unknown> {
    const response = await send(`${baseUrl}${path}`, {
      ...init,
      credentials: 'same-origin',
      headers: { accept: 'application/json', ...init.headers },
    });
    if (!response.ok) throw new ApiError(await problemOf(response));
    if (response.status === 204) return undefined;
    return response.json();
  }
  return {
    get: (path) => request(path, { method: 'GET' }),
    post: (path, body) =>
      request(path, {
        method: 'POST',
        // Every BFF refuses a change without this header: an HTML form cannot send it (CSRF).
        headers: {
          [CSRF_HEADER]: '1',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
  };
}
