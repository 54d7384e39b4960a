/**
 * Every change must carry this header with `CSRF_HEADER_VALUE`: a form cannot send it, and a
 * cross-origin script would need a CORS preflight no Tessera service grants (csrf.ts).
 */
export const CSRF_HEADER = 'X-Tessera-CSRF';
export const CSRF_HEADER_VALUE = '1';
