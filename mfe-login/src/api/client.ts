/** An RFC 9457 problem document, as every BFF answers errors. */
export interface Problem {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  code?: string;
}

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
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body: unknown): Promise<T>;
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
export function createApiClient({ baseUrl, fetch: send = fetch }: ApiClientOptions): ApiClient {
  async function request<T>(path: string, init: RequestInit): Promise<T> {
    const response = await send(`${baseUrl}${path}`, {
      ...init,
      credentials: 'same-origin',
      headers: { accept: 'application/json', ...init.headers },
    });
    if (!response.ok) throw new ApiError(await problemOf(response));
    return (await response.json()) as T;
  }
  return {
    get: (path) => request(path, { method: 'GET' }),
    post: (path, body) =>
      request(path, {
        method: 'POST',
        // Every BFF refuses a change without this header: an HTML form cannot send it (CSRF).
        headers: { 'content-type': 'application/json', 'x-tessera-csrf': '1' },
        body: JSON.stringify(body),
      }),
  };
}
