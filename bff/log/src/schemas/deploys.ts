import { z } from 'zod';
import type { EventDefinition } from './catalog.js';

const AppName = z.string().regex(/^[a-z][a-z0-9-]{0,39}$/);
const Version = z
  .string()
  .regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?\+[0-9a-z]{6,40}$/, 'semver+hash');
const Manifest = z.string().startsWith('/');
const Actor = z.string().min(1).max(100);

/** Carries the whole registry entry so the registry is a pure fold of this stream. */
export const DeployActivatedV1 = z.object({
  app: AppName,
  version: Version,
  manifest: Manifest,
  remote: z.string().regex(/^[A-Za-z_$][\w$]*$/),
  framework: z.enum(['react', 'vue', 'none']),
  routes: z.array(z.string().startsWith('/')).min(1),
  slot: z.string().default('main'),
  nav: z
    .array(
      z.object({
        label: z.string().min(1).max(40),
        href: z.string().startsWith('/'),
        order: z.number().int(),
      }),
    )
    .default([]),
  parcels: z.record(z.string(), z.string().startsWith('./')).default({}),
  actor: Actor,
});

/** The commit a build was made from; `time` is its committer date, the start of lead time. */
const Commit = z.object({
  sha: z.string().regex(/^[0-9a-f]{7,64}$/),
  time: z.iso.datetime({ offset: true }),
});

/** v2 adds the commit (null when unknown, e.g. no git checkout) for the lead-time metric. */
export const DeployActivated = DeployActivatedV1.extend({
  commit: Commit.nullable().default(null),
});

/** v1 events predate the commit field: their commit is unknown. */
const upcastActivatedV1 = (data: unknown) => ({ ...(data as object), commit: null });

export const DeployRolledBack = z.object({
  app: AppName,
  fromVersion: Version,
  toVersion: Version,
  actor: Actor,
  reason: z.string().max(500).optional(),
});

export const DeployCanaryStarted = z.object({
  app: AppName,
  version: Version,
  manifest: Manifest,
  percent: z.number().int().min(1).max(99),
  actor: Actor,
});

export const DeployCanaryPromoted = z.object({ app: AppName, version: Version, actor: Actor });

export const DeployCanaryAborted = z.object({
  app: AppName,
  version: Version,
  reason: z.string().min(1).max(500),
  actor: Actor,
});

export type DeployActivated = z.infer<typeof DeployActivated>;
export type DeployRolledBack = z.infer<typeof DeployRolledBack>;
export type DeployCanaryStarted = z.infer<typeof DeployCanaryStarted>;
export type DeployCanaryPromoted = z.infer<typeof DeployCanaryPromoted>;
export type DeployCanaryAborted = z.infer<typeof DeployCanaryAborted>;

export const deployEvents: EventDefinition[] = [
  {
    type: 'deploy.activated',
    versions: [DeployActivatedV1, DeployActivated],
    upcasters: [upcastActivatedV1],
  },
  { type: 'deploy.rolled-back', versions: [DeployRolledBack] },
  { type: 'deploy.canary-started', versions: [DeployCanaryStarted] },
  { type: 'deploy.canary-promoted', versions: [DeployCanaryPromoted] },
  { type: 'deploy.canary-aborted', versions: [DeployCanaryAborted] },
];
