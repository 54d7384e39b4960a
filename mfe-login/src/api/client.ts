import { CSRF_HEADER, type ProblemDocument } from '@tessera/bff-login/contract';

/**
 * The contract's problem document as far as an answer carried it: always a title and the status
 * (a proxy's error page has no body; the edge's own problems have no `traceId`).
 */
export type Problem = Partial<ProblemDocument> & Pick<ProblemDocument, 'title' | 'status'>;

/** A BFF answered with an error status; `problem` is its problem document. */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
  }
}

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

async function problemOf(response: Response): Promise<Problem> {
  const fallback = { title: response.statusText || 'Request failed', status: response.status };
  if (!response.headers.get('content-type')?.includes('json')) return fallback;
  const body = (await response.json().catch(() => null)) as Partial<Problem> | null;
  return { ...fallback, ...body };
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
