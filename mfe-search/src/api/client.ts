import { ApiError, problemOf } from '@tessera/mfe-kit';

export interface ApiClientOptions {
  /** Where this MFE's BFF is reached through the edge, e.g. `/api/search`. */
  baseUrl: string;
  fetch?: typeof fetch;
}

export interface ApiClient {
  get<T>(path: string, query?: Record<string, string>, signal?: AbortSignal): Promise<T>;
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
