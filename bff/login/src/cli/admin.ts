import { ConfigError, loadConfig } from '@tessera/kit';
import { openEventLog } from '@tessera/log';
import { z } from 'zod';
import { loginCatalog } from '../catalog.js';
import { createPasswordHasher } from '../passwords.js';
import { REPO_DATA_DIR } from '../paths.js';
import { parseAdminArgs, runAdminCommand, USAGE, UsageError } from './commands.js';

// One-off admin process (twelve-factor): same log, same code, then exit.
async function main(): Promise<number> {
  const command = parseAdminArgs(process.argv.slice(2));
  const env = loadConfig(
    z.object({ EVENT_LOG_URL: z.string().min(1).default(`sqlite:${REPO_DATA_DIR}/log.db`) }),
    process.env,
  );
  const log = await openEventLog(env.EVENT_LOG_URL, {
    producer: 'bff-login-admin',
    catalog: loginCatalog(),
  });
  try {
    console.log(await runAdminCommand(command, { log, hasher: createPasswordHasher() }));
    return 0;
  } finally {
    await log.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`admin: ${error.message}\n${USAGE}`);
      process.exit(2);
    }
    console.error(
      `admin: ${error instanceof ConfigError || error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  },
);
