import { performance } from 'node:perf_hooks';

export type Out = (line: string) => void;

/** Runs one named step, printing its start and, when it ends, its timing (or that it failed). */
export async function step<T>(out: Out, label: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  out(`→ ${label}...`);
  try {
    const result = await work();
    out(`  ✓ ${label} (${Math.round(performance.now() - started)} ms)`);
    return result;
  } catch (error) {
    out(`  ✗ ${label} failed after ${Math.round(performance.now() - started)} ms`);
    throw error;
  }
}
