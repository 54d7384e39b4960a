import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEventLog } from '../../core/event-log.js';
import { testEventLog } from '../../testing/index.js';
import { createSqliteDriver } from './driver.js';
import { injectRawSqlite } from './raw.js';

testEventLog('sqlite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tessera-log-'));
  const path = join(dir, 'log.db');
  return {
    log: createEventLog(createSqliteDriver({ path })),
    injectRaw: async (stream, body) => injectRawSqlite(path, stream, body),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
});
