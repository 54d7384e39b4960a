/** A JSON answer as the login BFF sends it, problem documents included. */
export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': status < 400 ? 'application/json' : 'application/problem+json' },
  });
}

export function problem(status: number, code: string, title: string, detail: string, extra = {}) {
  return json({ type: 'about:blank', title, status, detail, code, ...extra }, status);
}
