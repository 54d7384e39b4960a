import { LOGIN_ERROR_CODES, type FieldError } from '@tessera/bff-login/contract';
import { ApiError } from '@tessera/mfe-kit';

/** What a refused form shows: a message for the whole form and/or one per field. */
export interface FormErrors {
  form?: string;
  fields: Partial<Record<string, string>>;
}

const UNAVAILABLE = 'Accounts are unavailable right now. Try again in a moment.';

/** Field messages in the reader's terms, where the schema's own would read like code. */
function fieldMessage({ path, code, message }: FieldError): string {
  if (path === 'body.password' && code === 'too_small') return 'Use at least 10 characters.';
  if (path === 'body.password' && code === 'too_big') return 'Use at most 128 characters.';
  if (path === 'body.email') return 'Enter an email address, like name@example.org.';
  if (path === 'body.displayName') return 'Enter a name of 1 to 80 characters.';
  return message;
}

/** Turns a failed sign-in or registration into inline messages, from the BFF's problem document. */
export function formErrorsOf(error: unknown): FormErrors {
  // No problem code: the answer came from something other than the login BFF (a proxy, a page).
  if (!(error instanceof ApiError) || error.problem.status >= 500 || !error.problem.code) {
    const busy = error instanceof ApiError && error.problem.code === LOGIN_ERROR_CODES.busy;
    return {
      form: busy ? 'Too many people are signing in. Try again shortly.' : UNAVAILABLE,
      fields: {},
    };
  }
  const { code, title, detail, errors } = error.problem;
  if (code === LOGIN_ERROR_CODES.emailTaken) return { fields: { email: detail ?? title } };
  if (code === LOGIN_ERROR_CODES.rateLimited) return { form: detail ?? title, fields: {} };
  if (errors?.length) {
    const fields: FormErrors['fields'] = {};
    for (const problem of errors) {
      const field = problem.path.replace(/^body\./, '');
      fields[field] ??= fieldMessage(problem);
    }
    return { fields };
  }
  return { form: detail && detail !== title ? `${title}. ${detail}` : title, fields: {} };
}
