export const USAGE = `Usage: pnpm admin <command> [options]

Commands:
  seed                         Append the Tessera News corpus (writers, articles, revisions).
                               Idempotent: a second run appends nothing.
  generate --articles N        Append N synthetic articles for load tests.
           [--seed S]          Same seed, same articles (default 1); use another seed to add more.
           [--batch-size B]    Events per append (default 500, at most 10000).
  create-user [args...]        Forwarded as is to the login BFF's admin command, e.g.
                               create-user --email E --password P --role editor [--name N]
  set-role [args...]           Forwarded likewise: set-role --email E --role reader|editor
  help, --help, -h             Show this help.

Environment:
  EVENT_LOG_URL                memory:, sqlite:PATH or nats://host:4222 (default sqlite:.data/log.db)
`;

/** A mistake in how the command was called: printed with a hint, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
