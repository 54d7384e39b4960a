import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';

export interface Timed {
  ms: number;
  /** Everything the command printed (stdout and stderr). */
  output: string;
}

/**
 * Runs `command` to the end and times it; each printed line goes to `progress` as it comes.
 * A non-zero exit rejects with the command's last output.
 */
export function timed(
  command: string[],
  options: { cwd: string; env: Record<string, string>; progress: (line: string) => void },
): Promise<Timed> {
  const [file, ...args] = command;
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(file!, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const take = (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      for (const line of text.split('\n')) if (line.trim()) options.progress(line);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      if (code === 0) return resolve({ ms, output });
      reject(new Error(`${command.join(' ')} exited with ${code}:\n${output.slice(-2000)}`));
    });
  });
}

/**
 * The duration the `tessera` CLI printed for a step whose label starts with `label`:
 * `✓ <label>[ (what)] (N ms)`.
 */
export function stepMs(output: string, label: string): number | undefined {
  const match = new RegExp(`✓ ${label}(?: \\([^\\n]*\\))? \\((\\d+) ms\\)$`, 'm').exec(output);
  return match ? Number(match[1]) : undefined;
}

/** The CLI's own time from its start to its end: `Done in N ms.` */
export function doneMs(output: string): number | undefined {
  const match = /^Done in (\d+) ms\.$/m.exec(output);
  return match ? Number(match[1]) : undefined;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
