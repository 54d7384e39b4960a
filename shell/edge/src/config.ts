import { resolve } from 'node:path';
import { z } from 'zod';

const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

/** `search=http://127.0.0.1:3102,login=http://127.0.0.1:3101` → `{ search: ..., login: ... }`. */
const devRemotes = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .filter(Boolean)
      .map((pair) => pair.split('=', 2)),
  )
  .pipe(
    z.array(
      z.tuple([z.string().regex(/^[a-z][a-z0-9-]*$/), httpUrl], {
        error: 'must look like app=http://host:port,...',
      }),
    ),
  )
  .transform((pairs) => Object.fromEntries(pairs));

const EdgeEnv = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default('127.0.0.1'),
  ASSETS_DIR: z.string().min(1).default('.data/assets'),
  EVENT_LOG_URL: z.string().min(1).default('sqlite:.data/log.db'),
  LOGIN_BFF_URL: httpUrl.default('http://127.0.0.1:7101'),
  SEARCH_BFF_URL: httpUrl.default('http://127.0.0.1:7102'),
  ARTICLES_BFF_URL: httpUrl.default('http://127.0.0.1:7103'),
  CANARY_MIN_VIEWS: z.coerce.number().int().min(1).default(20),
  CANARY_MAX_ERROR_RATE: z.coerce.number().min(0).max(1).default(0.2),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Dev mode (`pnpm dev`): apps served by webpack-dev-server instead of their published version. */
  DEV_REMOTES: devRemotes.default({}),
  /** Dev mode with the shell live: its webpack-dev-server. */
  SHELL_DEV_URL: httpUrl.optional(),
});

/** A relative `sqlite:` path is taken from the working directory, like the other paths. */
function resolveSqlitePath(url: string, cwd: string): string {
  if (!url.startsWith('sqlite:') || url.startsWith('sqlite:/')) return url;
  return `sqlite:${resolve(cwd, url.slice('sqlite:'.length))}`;
}

export interface EdgeConfig {
  port: number;
  host: string;
  assetsDir: string;
  eventLogUrl: string;
  canary: { minViews: number; maxErrorRate: number };
  bffUrls: Record<string, string>;
  logLevel: string;
  devRemotes: Record<string, string>;
  shellDevUrl?: string;
}

export type ConfigResult = { ok: true; config: EdgeConfig } | { ok: false; message: string };

/** Reads the edge's environment; a bad variable yields a message naming it and its problem. */
export function readConfig(env: Record<string, string | undefined>, cwd: string): ConfigResult {
  const parsed = EdgeEnv.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (issue) => `  ${String(issue.path[0])}: ${issue.message}`,
    );
    return { ok: false, message: `Invalid environment for the edge:\n${lines.join('\n')}` };
  }
  const e = parsed.data;
  return {
    ok: true,
    config: {
      port: e.PORT,
      host: e.HOST,
      assetsDir: resolve(cwd, e.ASSETS_DIR),
      eventLogUrl: resolveSqlitePath(e.EVENT_LOG_URL, cwd),
      canary: { minViews: e.CANARY_MIN_VIEWS, maxErrorRate: e.CANARY_MAX_ERROR_RATE },
      bffUrls: { login: e.LOGIN_BFF_URL, search: e.SEARCH_BFF_URL, articles: e.ARTICLES_BFF_URL },
      logLevel: e.LOG_LEVEL,
      devRemotes: e.DEV_REMOTES,
      shellDevUrl: e.SHELL_DEV_URL,
    },
  };
}
