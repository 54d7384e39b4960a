/**
 * Route matching shared by the shell (which app to mount) and the edge (which remote to
 * preload). Kept free of dependencies so the shell bundle stays small.
 */
export function matchesRoute(pattern: string, pathname: string): boolean {
  if (pattern.endsWith('*')) return pathname.startsWith(pattern.slice(0, -1));
  return pathname === pattern;
}

/** The app whose routes match `pathname`, first match in registry order, or undefined. */
export function appForPath<T extends { routes: readonly string[] }>(
  apps: Record<string, T>,
  pathname: string,
): string | undefined {
  return Object.keys(apps).find((name) =>
    apps[name]!.routes.some((pattern) => matchesRoute(pattern, pathname)),
  );
}
