/**
 * How log streams map onto JetStream: one JetStream stream per log stream, holding exactly
 * one subject, so the JetStream sequence *is* the gap-free offset.
 */
export interface Naming {
  streamName(stream: string): string;
  subject(stream: string): string;
  /** The log stream a JetStream stream name belongs to, or undefined for others. */
  logStream(streamName: string): string | undefined;
  readonly checkpointStream: string;
  checkpointSubject(consumer: string, stream: string): string;
  readonly checkpointWildcard: string;
}

export function createNaming(namespace: string): Naming {
  const prefix = `${namespace}_`;
  return {
    streamName: (stream) => `${prefix}${stream}`,
    subject: (stream) => `${namespace}.${stream}`,
    logStream: (name) =>
      name.startsWith(prefix) && !name.startsWith(`${prefix}_`)
        ? name.slice(prefix.length)
        : undefined,
    // A double underscore cannot collide with a log stream name (those start with a letter).
    checkpointStream: `${prefix}_checkpoints`,
    checkpointSubject: (consumer, stream) => `${namespace}-cp.${consumer}.${stream}`,
    checkpointWildcard: `${namespace}-cp.>`,
  };
}
