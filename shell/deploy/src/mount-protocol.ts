// What the CLI and its mount-check process (mount-worker.ts) say to each other over IPC.
import type { NewEvent } from '@tessera/log';

/** Options the worker starts with (its one argument, as JSON): it launches Chromium at once. */
export interface WorkerStart {
  chromiumPath: string;
}

/** Sent once the live deploys stream is read: the worker starts its private edge on it. */
export interface MountPrepare {
  kind: 'prepare';
  assetsDir: string;
  bffUrls: Record<string, string>;
  /** The live deploys stream as read then. */
  deploys: NewEvent[];
}

/** One mount check, after the prepare. */
export interface MountRequest {
  kind: 'check';
  /** What the live stream gained since the prepare, then the candidate activated. */
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
      /** Serving the candidate from the private edge, then opening the page until the check was done. */
      edgeMs: number;
      pageMs: number;
    }
  | { failure: string };
