import { createHash } from 'node:crypto';

/** The newsroom's own namespace for name-based ids (a fixed random UUID, never reused elsewhere). */
const NAMESPACE = Buffer.from('5f0d6a3c8e2b4c71a9d43b6e1f7c2a90', 'hex');

/**
 * A UUID v5-style id: SHA-1 of namespace + name, with the version and variant bits set.
 * The same name always gives the same id, so re-appending an event is a no-op in the log.
 */
export function stableId(name: string): string {
  const hash = createHash('sha1').update(NAMESPACE).update(name, 'utf8').digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const writerIds = new Map<string, string>();

/** A writer's user id; memoised, since generate asks for a handful of them 100k times. */
export function writerId(username: string): string {
  let id = writerIds.get(username);
  if (id === undefined) writerIds.set(username, (id = stableId(`writer:${username}`)));
  return id;
}
export const articleId = (slug: string) => stableId(`article:${slug}`);
export const publishedEventId = (slug: string) => stableId(`article.published:${slug}`);
export const revisedEventId = (slug: string, revision: number) =>
  stableId(`article.revised:${slug}:${revision}`);
export const registeredEventId = (username: string) => stableId(`user.registered:${username}`);
