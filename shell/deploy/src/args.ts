import { parseArgs } from 'node:util';
import { DeployError } from './errors.js';
import { COMMANDS, commandHelp, USAGE } from './usage.js';

function usageError(message: string, command?: string): never {
  const help = command ? `pnpm tessera ${command} --help` : 'pnpm tessera help';
  throw new DeployError('DEPLOY_012', `${message} See: ${help}`);
}

export function parseCanary(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const percent = Number(value);
  if (!Number.isInteger(percent) || percent < 1 || percent > 99) {
    usageError(`--canary takes a whole percentage from 1 to 99, not "${value}".`, 'deploy');
  }
  return percent;
}

export interface Invocation {
  command: string;
  positionals: string[];
  values: { canary?: string; 'skip-build'?: boolean };
}

/** What node:util's parseArgs says, in the CLI's words: which options this command takes. */
function parseError(command: string, error: Error & { code?: string }): never {
  const options = Object.keys(COMMANDS[command]!.options).map((name) => `--${name}`);
  const takes = options.length ? `it takes ${options.join(', ')}` : 'it takes no options';
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const option = /'([^']+)'/.exec(error.message)?.[1] ?? 'that option';
    usageError(`"${command}" has no option ${option}; ${takes}.`, command);
  }
  const missing = /^Option '(-[^ ']+) <value>' argument missing/.exec(error.message);
  if (missing) usageError(`${missing[1]} needs a value; ${takes}.`, command);
  usageError(`${error.message.replace(/\.$/, '')}.`, command);
}

/** Checks the command line before anything is opened: a typo changes nothing. */
export function parseInvocation(command: string, rest: string[]): Invocation {
  const spec = COMMANDS[command]!;
  let parsed;
  try {
    parsed = parseArgs({ args: rest, allowPositionals: true, strict: true, options: spec.options });
  } catch (error) {
    parseError(command, error as Error);
  }
  const { positionals } = parsed;
  if (spec.args === 'one' && positionals.length !== 1) {
    usageError(`"${command}" takes exactly one <app>.`, command);
  }
  if (spec.args === 'none' && positionals.length > 0) {
    usageError(`"${command}" takes no arguments, not "${positionals.join(' ')}".`, command);
  }
  const values = parsed.values as Invocation['values'];
  parseCanary(values.canary);
  return { command, positionals, values };
}

/** Help asked for: `help`, `--help`, `help <command>`, `<command> --help`. */
export function helpFor(argv: string[]): string | undefined {
  const [command, ...rest] = argv;
  const wantsHelp = (args: string[]) => args.includes('--help') || args.includes('-h');
  if (command === 'help' || command === '--help' || command === '-h') {
    return rest[0] && COMMANDS[rest[0]] ? commandHelp(rest[0]) : USAGE;
  }
  if (command && COMMANDS[command] && wantsHelp(rest)) return commandHelp(command);
  return undefined;
}
