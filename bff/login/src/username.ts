/**
 * A public handle for `user.registered`, derived from the display name and
 * the (random) user id: it never reveals the email, and the id suffix keeps
 * it unique in practice.
 */
export function usernameFor(displayName: string, userId: string): string {
  const base = displayName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 30)
    .replace(/-+$/, '');
  const suffix = userId
    .replace(/[^a-z0-9]/gi, '')
    .toLowerCase()
    .slice(0, 8);
  return `${base || 'user'}-${suffix}`;
}
