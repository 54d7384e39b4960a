import { z } from 'zod';

const Assets = z.object({
  js: z.object({ sync: z.array(z.string()), async: z.array(z.string()) }),
  css: z.object({ sync: z.array(z.string()), async: z.array(z.string()) }).optional(),
});

/** The parts of a Module Federation 2.0 `mf-manifest.json` the verify gate reads. */
export const MfManifest = z.object({
  name: z.string().min(1),
  metaData: z.object({
    remoteEntry: z.object({ name: z.string().min(1), path: z.string() }),
  }),
  shared: z.array(
    z.object({
      name: z.string(),
      version: z.string(),
      requiredVersion: z.string().optional(),
      singleton: z.boolean().optional(),
      assets: Assets.optional(),
    }),
  ),
  exposes: z.array(z.object({ name: z.string(), path: z.string(), assets: Assets })),
});
export type MfManifest = z.infer<typeof MfManifest>;
