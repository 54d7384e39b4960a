import type { Article, PublishRequest } from '@tessera/bff-articles/contract';
import { ApiError } from '@tessera/mfe-kit';

/** What the editor's form holds: every field as the editor typed it. */
export interface Draft {
  title: string;
  summary: string;
  body: string;
  section: string;
  tags: string;
}

export type FieldName = keyof Draft;

export const EMPTY_DRAFT: Draft = { title: '', summary: '', body: '', section: '', tags: '' };

export function draftOf(article: Article): Draft {
  return {
    title: article.title,
    summary: article.summary,
    body: article.body,
    section: article.section,
    tags: article.tags.join(', '),
  };
}

/** The request body: tags are written comma-separated and sent as a list. */
export function requestOf(draft: Draft): Required<Omit<PublishRequest, 'slug'>> {
  return {
    title: draft.title,
    summary: draft.summary,
    body: draft.body,
    section: draft.section.trim(),
    tags: draft.tags
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean),
  };
}

/** The labels the form shows, also used to name a field in its messages. */
export const LABELS: Record<FieldName, string> = {
  title: 'Headline',
  summary: 'Summary',
  body: 'Body',
  section: 'Section',
  tags: 'Tags',
};

export const FIX_FIELDS = 'Some fields need attention.';

export interface Complaints {
  /** By request field: `title`, `tags`, `reason`, … */
  fields: Partial<Record<string, string>>;
  /** What is not about one field (no session, a conflict, the service away). */
  general: string | null;
}

function message(error: ApiError): string {
  switch (error.problem.status) {
    case 0:
    case 502:
    case 503:
    case 504:
      return 'The newsroom is unavailable right now, so nothing was saved. Try again in a moment.';
    case 401:
      return 'Sign in as an editor to do this.';
    case 403:
      return error.problem.code === 'KIT_008'
        ? 'The request was refused as unsafe. Reload the page and try again.'
        : 'Only editors may publish, revise or retract articles.';
    default:
      return error.message;
  }
}

/**
 * Spreads a problem document over the form: each `errors[]` entry (`body.<field>…`) beside its
 * field, the first per field; a taken slug beside the headline it came from; the rest on top.
 */
export function complaintsOf(error: unknown): Complaints {
  if (!(error instanceof ApiError)) {
    return { fields: {}, general: 'Something went wrong and nothing was saved. Try again.' };
  }
  const fields: Complaints['fields'] = {};
  for (const entry of error.problem.errors ?? []) {
    const [part, name] = entry.path.split('.');
    if (part !== 'body' || !name) continue;
    const label = name in LABELS ? LABELS[name as FieldName] : 'This field';
    const empty = entry.code === 'too_small' && name !== 'tags';
    fields[name] ??= empty ? `${label} is required.` : entry.message;
  }
  if (error.problem.code === 'ARTICLES_001') fields.title ??= error.message;
  const general = Object.keys(fields).length > 0 ? FIX_FIELDS : message(error);
  return { fields, general };
}
