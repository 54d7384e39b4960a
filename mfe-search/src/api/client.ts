import type { ProblemDocument } from '@tessera/bff-search/contract';

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
  /** Where this MFE's BFF is reached through the edge, e.g. `/api/search`. */
  baseUrl: string;
  fetch?: typeof fetch;
}

export interface ApiClient {
  get<T>(path: string, query?: Record<string, string>, signal?: AbortSignal): Promise<T>;
}

async function problemOf(response: Response): Promise<Problem> {
  const fallback = { title: response.statusText || 'Request failed', status: response.status };
  if (!response.headers.get('content-type')?.includes('json')) return fallback;
  const body = (await response.json().catch(() => null)) as Partial<Problem> | null;
  return { ...fallback, ...body };
}

/** JSON over fetch to the MFE's own BFF; errors become `ApiError`s with the problem document. */
export function createApiClient({ baseUrl, fetch: custom }: ApiClientOptions): ApiClient {
  // The global is read per request, not captured: a test or a polyfill may replace it later.
  const send: typeof fetch = custom ?? ((input, init) => fetch(input, init));
  return {
    async get<T>(path: string, query: Record<string, string> = {}, signal?: AbortSignal) {
      const search = new URLSearchParams(query).toString();
      const url = `${baseUrl}${path}${search ? `?${search}` : ''}`;
      const response = await send(url, { headers: { accept: 'application/json' }, signal });
      if (!response.ok) throw new ApiError(await problemOf(response));
      return (await response.json()) as T;
    },
  };
}
