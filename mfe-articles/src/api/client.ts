import { CSRF_HEADER, CSRF_HEADER_VALUE } from '@tessera/bff-articles/contract';
import { ApiError, isJson, problemOf } from '@tessera/mfe-kit';

/** Anything with zod's `parse`: the BFF's contract schemas. */
export interface Parser<T> {
  parse(value: unknown): T;
}

export interface ApiClientOptions {
  /** Where this MFE's BFF is reached through the edge, e.g. `/api/articles`. */
  baseUrl: string;
  fetch?: typeof fetch;
}

type Method = 'POST' | 'PUT' | 'PATCH';

export interface ApiClient {
  get<T>(
    path: string,
    parser: Parser<T>,
    query?: Record<string, string>,
    signal?: AbortSignal,
  ): Promise<T>;
  send<T>(method: Method, path: string, body: unknown, parser: Parser<T>): Promise<T>;
}

/** Every change carries `X-Tessera-CSRF: 1` (the BFFs' CSRF defence). */
export const CSRF_HEADERS = { [CSRF_HEADER]: CSRF_HEADER_VALUE };

function unreachable(detail: string): ApiError {
  return new ApiError({ title: 'Service unavailable', status: 0, detail });
}

async function answer<T>(response: Response, parser: Parser<T>): Promise<T> {
  if (!response.ok) throw new ApiError(await problemOf(response));
  // A static server or a proxy's error page is not the BFF: treat it as the BFF being away.
  if (!isJson(response)) throw unreachable('The articles service answered with something else.');
  const body: unknown = await response.json();
  try {
    return parser.parse(body);
  } catch {
    throw unreachable('The articles service answered in a form this page does not understand.');
  }
}

/**
 * JSON over fetch to the MFE's own BFF. Every answer is parsed with the contract's schema; error
 * answers become `ApiError`s with the problem document; a network failure is an `ApiError` with
 * status 0. Aborts are passed through untouched.
 */
export function createApiClient({
  baseUrl,
  fetch: send = (...args) => fetch(...args),
}: ApiClientOptions): ApiClient {
  async function request(url: string, init: RequestInit): Promise<Response> {
    try {
      return await send(url, init);
    } catch (error) {
      if (init.signal?.aborted) throw error;
      throw unreachable('The articles service cannot be reached.');
    }
  }
  return {
    async get(path, parser, query = {}, signal) {
      const search = new URLSearchParams(query).toString();
      const url = `${baseUrl}${path}${search ? `?${search}` : ''}`;
      const init: RequestInit = { headers: { accept: 'application/json' } };
      if (signal) init.signal = signal;
      return answer(await request(url, init), parser);
    },
    async send(method, path, body, parser) {
      const response = await request(`${baseUrl}${path}`, {
        method,
        credentials: 'same-origin',
        headers: {
          accept: 'application/json',
          'content-type': 'application/json',
          ...CSRF_HEADERS,
        },
        body: JSON.stringify(body),
      });
      return answer(response, parser);
    },
  };
}
