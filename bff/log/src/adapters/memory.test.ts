import { createEventLog } from '../core/event-log.js';
import { testEventLog } from '../testing/index.js';
import { createMemoryDriver } from './memory.js';

testEventLog('memory', async () => {
  const driver = createMemoryDriver();
  return {
    log: createEventLog(driver),
    injectRaw: async (stream, body) => driver.injectRaw(stream, body),
  };
});
