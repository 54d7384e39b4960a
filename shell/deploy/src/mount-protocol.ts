// What the CLI and its mount-check process (mount-worker.ts) say to each other over IPC.
import type { NewEvent } from '@tessera/log';

/** Options the worker starts with (its one argument, as JSON): it launches Chromium at once. */
export interface WorkerStart {
  chromiumPath: string;
}

/** One mount check: the deploys stream to serve (the live one plus the candidate activated). */
export interface MountRequest {
  assetsDir: string;
  bffUrls: Record<string, string>;
  deploys: NewEvent[];
  app: string;
  version: string;
  /** The page path to open, e.g. `/search`. */
  path: string;
  timeoutMs: number;
}

/** What the page reported (no errors: it mounted cleanly), or why the check could not run. */
export type MountReply =
  | {
      errors: string[];
      /** Starting the private edge, then opening the page until the check was done. */
      edgeMs: number;
      pageMs: number;
    }
  | { failure: string };
