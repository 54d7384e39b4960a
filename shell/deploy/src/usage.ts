import type { ParseArgsConfig } from 'node:util';

export const USAGE = `Usage: pnpm tessera <command> [options]

Deploy one micro frontend without touching the shell or the others. <app> is the
registry name (search) or the package name (mfe-search).

Commands:
  deploy <app> [--canary PERCENT] [--skip-build]
                    Build, upload to ASSETS_DIR/<app>/<version>/ (immutable), verify, and
                    activate it (or start it as a canary for PERCENT% of browsers, 1-99).
  verify <app>      Upload the existing build and run every check; activates nothing.
  promote <app>     Make the app's canary current for everyone.
  rollback <app>    Make the previous version current again (no build).
  status            Every app's current, previous and canary versions.
  history <app>     The app's deploy events, oldest first.
  publish [app...]  Upload and activate existing builds without checks (first start, e2e);
                    "shell" publishes the shell. Default: every MFE and the shell.
  help [command]    Show this help, or one command's.

Checks (nothing is activated unless all pass): the manifest parses; it exposes ./app;
react, react-dom and vue have the same major as the live apps (both ways); remoteEntry
plus ./app's JS and CSS fit the app's "budgetKb" (gzip); it mounts in the real shell
in a headless browser with no console errors.

Environment:
  ASSETS_DIR     where versions are uploaded (default .data/assets)
  EVENT_LOG_URL  the event log whose deploys stream is the registry (default
                 sqlite:.data/log.db, the one the edge and the BFFs use)
  TESSERA_ACTOR  who deploys, recorded in each event (default $USER)
Relative paths are taken from the workspace root.`;

type Options = NonNullable<ParseArgsConfig['options']>;

export interface CommandSpec {
  /** What follows `pnpm tessera`. */
  synopsis: string;
  /** How many positionals it takes. */
  args: 'none' | 'one' | 'any';
  options: Options;
  help: string;
}

const APP = '<app> is the registry name (search) or the package name (mfe-search).';

export const COMMANDS: Record<string, CommandSpec> = {
  deploy: {
    synopsis: 'deploy <app> [--canary PERCENT] [--skip-build]',
    args: 'one',
    options: { canary: { type: 'string' }, 'skip-build': { type: 'boolean' } },
    help: `Builds <app>, uploads it to ASSETS_DIR/<app>/<version>/ (immutable), verifies it and
makes it current for everyone. Nothing is activated unless every check passes.
  --canary PERCENT  serve it to PERCENT% of browsers (1-99) instead; then promote or roll back
  --skip-build      deploy the existing build in the app's dist folder`,
  },
  verify: {
    synopsis: 'verify <app>',
    args: 'one',
    options: {},
    help: `Uploads the existing build of <app> and runs every check against what is live:
manifest, ./app, shared singletons, size budget, headless mount. Activates nothing.`,
  },
  promote: {
    synopsis: 'promote <app>',
    args: 'one',
    options: {},
    help: "Makes <app>'s canary current for everyone.",
  },
  rollback: {
    synopsis: 'rollback <app>',
    args: 'one',
    options: {},
    help: `Makes <app>'s previous version current again, without a build. The version rolled
back from stays uploaded, so pages already open keep working. The next page load gets the
previous version; in a hurry, run the CLI without pnpm (its own start-up is about a second):
node shell/deploy/bin/tessera.mjs rollback <app>`,
  },
  status: {
    synopsis: 'status',
    args: 'none',
    options: {},
    help: "Prints every app's current, previous and canary versions and the registry revision.",
  },
  history: {
    synopsis: 'history <app>',
    args: 'one',
    options: {},
    help: "Prints <app>'s deploy events, oldest first: time, kind, versions and who.",
  },
  publish: {
    synopsis: 'publish [app...]',
    args: 'any',
    options: {},
    help: `Uploads and activates existing builds without checks (first start, e2e). "shell"
publishes the shell; with no app, every MFE and the shell.`,
  },
};

/** One command's help: its synopsis, what it does, its options. */
export function commandHelp(name: string): string {
  const spec = COMMANDS[name]!;
  const about = spec.args === 'none' ? '' : `\n${APP}`;
  return `Usage: pnpm tessera ${spec.synopsis}\n\n${spec.help}${about}\nEnvironment and checks: pnpm tessera help`;
}
