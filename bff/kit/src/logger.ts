import { pino, type DestinationStream, type Logger } from 'pino';

export interface LoggerOptions {
  name: string;
  level?: string;
  /** Where JSON lines go; stdout when omitted (tests pass a stream to read them). */
  destination?: DestinationStream;
}

// Secrets that must never reach a log line, wherever a serializer puts them.
const REDACT = [
  'req.headers.cookie',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
  '*.password',
  'password',
];

export function createLogger(options: LoggerOptions): Logger {
  return pino(
    {
      name: options.name,
      level: options.level ?? 'info',
      base: { service: options.name },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACT, censor: '[redacted]' },
    },
    options.destination ?? pino.destination(1),
  );
}

export type { Logger };
