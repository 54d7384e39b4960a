import { problemSchema, type ProblemDocument } from '@tessera/bff-search/contract';

/**
 * The contract's problem document as far as an answer carried it: always a title and the status,
 * the rest when valid (the edge's own problems have no `traceId`, a proxy's error page no body).
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

/** The members of `body` that the contract's problem schema accepts, each checked on its own. */
function validMembers(body: unknown): Partial<ProblemDocument> {
  if (typeof body !== 'object' || body === null) return {};
  const given = body as Record<string, unknown>;
  const valid = Object.entries(problemSchema.shape).filter(
    ([key, schema]) => given[key] !== undefined && schema.safeParse(given[key]).success,
  );
  return Object.fromEntries(valid.map(([key]) => [key, given[key]]));
}

async function problemOf(response: Response): Promise<Problem> {
  const fallback = { title: response.statusText || 'Request failed', status: response.status };
  if (!response.headers.get('content-type')?.includes('json')) return fallback;
  return { ...fallback, ...validMembers(await response.json().catch(() => null)) };
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
