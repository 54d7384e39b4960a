import { LogError, LogErrorCode } from '../errors.js';

/** Stream and consumer names end up in SQL rows, NATS stream names and subjects: keep them plain. */
const NAME = /^[a-z][a-z0-9-]{0,63}$/;

export function checkName(kind: 'stream' | 'consumer', name: string): string {
  if (typeof name !== 'string' || !NAME.test(name)) {
    throw new LogError(
      LogErrorCode.BadArgument,
      `${kind} name "${String(name)}" is invalid: use lower-case letters, digits and dashes, starting with a letter`,
      { [kind]: name },
    );
  }
  return name;
}

export function checkOffset(name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new LogError(
      LogErrorCode.BadArgument,
      `${name} must be a non-negative integer, got ${String(value)}`,
    );
  }
  return value;
}
