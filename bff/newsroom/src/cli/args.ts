import { parseArgs } from 'node:util';
import { UsageError } from './usage.js';

export type AdminCommand =
  | { name: 'help' }
  | { name: 'seed' }
  | { name: 'generate'; articles: number; seed: string; batchSize: number }
  /** create-user and set-role belong to the login BFF: argv is forwarded to its admin as is. */
  | { name: 'login-admin'; args: string[] };

function positiveInt(flag: string, value: string | undefined, max: number): number {
  if (value === undefined) throw new UsageError(`generate needs --${flag} N (a positive integer)`);
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1 || n > max) {
    throw new UsageError(`--${flag} must be an integer from 1 to ${max}, got "${value}"`);
  }
  return n;
}

type Flags = Record<string, string | boolean | undefined>;
type FlagSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

function parseFlags(command: string, args: string[], options: FlagSpec): Flags {
  try {
    return parseArgs({ options, args, strict: true, allowPositionals: false }).values as Flags;
  } catch (error) {
    throw new UsageError(`${command}: ${(error as Error).message}`);
  }
}

function parseGenerate(args: string[]): AdminCommand {
  const values = parseFlags('generate', args, {
    articles: { type: 'string' },
    seed: { type: 'string' },
    'batch-size': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) return { name: 'help' };
  const seed = (values.seed as string | undefined) ?? '1';
  if (!/^[A-Za-z0-9]{1,20}$/.test(seed)) {
    throw new UsageError(`--seed must be 1-20 letters or digits, got "${seed}"`);
  }
  return {
    name: 'generate',
    articles: positiveInt('articles', values.articles as string | undefined, 10_000_000),
    seed,
    batchSize:
      values['batch-size'] === undefined
        ? 500
        : positiveInt('batch-size', values['batch-size'] as string, 10_000),
  };
}

/** Reads `pnpm admin` arguments; throws UsageError for anything it does not understand. */
export function parseAdminArgs(argv: string[]): AdminCommand {
  const [command, ...rest] = argv;
  switch (command) {
    case undefined:
      throw new UsageError('no command given');
    case 'help':
    case '--help':
    case '-h':
      return { name: 'help' };
    case 'seed': {
      const values = parseFlags('seed', rest, { help: { type: 'boolean', short: 'h' } });
      return values.help ? { name: 'help' } : { name: 'seed' };
    }
    case 'generate':
      return parseGenerate(rest);
    case 'create-user':
    case 'set-role':
      return { name: 'login-admin', args: argv };
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}
