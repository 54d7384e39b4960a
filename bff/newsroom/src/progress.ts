/** Where seed and generate report progress: a console-like or pino-like logger. */
export interface ProgressLogger {
  info(message: string): void;
}

export const silentLogger: ProgressLogger = { info: () => {} };
