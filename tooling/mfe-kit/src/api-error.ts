/** One field a BFF refused, as its problem document names it (`body.email`, `query.page`). */
export interface FieldProblem {
  path: string;
  message: string;
  code: string;
}

/**
 * A BFF's problem document (RFC 9457) as far as an answer carried it: always a title and the
 * status (a proxy's error page has no body; the edge's own problems have no `traceId`).
 */
export interface Problem {
  title: string;
  status: number;
  type?: string;
  detail?: string;
  code?: string;
  instance?: string;
  traceId?: string;
  errors?: FieldProblem[];
}

/** The BFF answered with an error status, or did not answer as a BFF at all (status 0). */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
  }

  /** Down, unreachable, or answering something that is not its API: worth a retry later. */
  get unavailable(): boolean {
    return this.problem.status === 0 || this.problem.status >= 500;
  }
}

export const isJson = (response: Response): boolean =>
  response.headers.get('content-type')?.includes('json') ?? false;

/** The problem document of an error answer; its status and status text when it has none. */
export async function problemOf(response: Response): Promise<Problem> {
  const fallback = { title: response.statusText || 'Request failed', status: response.status };
  if (!isJson(response)) return fallback;
  const body = (await response.json().catch(() => null)) as Partial<Problem> | null;
  return { ...fallback, ...body };
}
