import { Writable } from 'node:stream';
import { createLogger, type Logger } from './logger.js';

export { openApiStructureProblems } from './openapi-structure.js';

export interface CapturedLogger {
  logger: Logger;
  /** Every JSON line logged so far, parsed. */
  lines(): Record<string, unknown>[];
}

/** A real pino logger whose lines tests can read back instead of stdout. */
export function captureLogger(name = 'test', level = 'info'): CapturedLogger {
  const chunks: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString('utf8'));
      done();
    },
  });
  const logger = createLogger({ name, level, destination });
  return {
    logger,
    lines: () =>
      chunks
        .join('')
        .split('\n')
        .filter((line) => line.length > 0)
        .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}
