import { z } from 'zod';

/** Registry names of apps: lower-case words, used in URLs (`/assets/<app>/...`, `/api/<app>/...`). */
export const AppName = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,39}$/, 'lower-case letters, digits and dashes');

/** `<semver>+<content hash>`: immutable once uploaded. */
export const Version = z
  .string()
  .regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?\+[0-9a-z]{6,40}$/, 'semver+hash');

/** A route pattern: exact (`/search`), or a prefix when it ends in `*` (`/articles/*`, `/editor*`). */
export const RoutePattern = z
  .string()
  .regex(/^\/[^\s?#]*\*?$/, 'a path starting with "/", optionally ending in "*"');

export const Slot = z.string().regex(/^[a-z][a-z0-9-]*$/);

export const Release = z.object({
  version: Version,
  /** URL of the version's `mf-manifest.json`, same origin (`/assets/<app>/<version>/mf-manifest.json`). */
  manifest: z.string().startsWith('/'),
});

export const CanaryRelease = Release.extend({
  percent: z.number().int().min(1).max(99),
});

export const NavLink = z.object({
  label: z.string().min(1).max(40),
  href: z.string().startsWith('/'),
  order: z.number().int().default(100),
});

export const RegistryApp = z.object({
  /** Module Federation container name, a JS identifier (`tessera_search`). */
  remote: z.string().regex(/^[A-Za-z_$][\w$]*$/),
  framework: z.enum(['react', 'vue', 'none']),
  routes: z.array(RoutePattern).min(1),
  /** The layout slot the app's `./app` module mounts into. */
  slot: Slot.default('main'),
  nav: z.array(NavLink).default([]),
  /** Header parcels: layout slot → exposed module (`{ "header-search": "./search-box" }`). */
  parcels: z.record(Slot, z.string().startsWith('./')).default({}),
  current: Release,
  previous: Release.optional(),
  canary: CanaryRelease.optional(),
});

export const Registry = z.object({
  revision: z.number().int().nonnegative(),
  apps: z.record(AppName, RegistryApp),
});

export type Release = z.infer<typeof Release>;
export type CanaryRelease = z.infer<typeof CanaryRelease>;
export type NavLink = z.infer<typeof NavLink>;
export type RegistryApp = z.infer<typeof RegistryApp>;
export type Registry = z.infer<typeof Registry>;
