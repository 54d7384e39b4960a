import { pino } from 'pino';
import { openEventLog } from '@tessera/log';
import { readConfig } from './config.js';
import { createEdge } from './edge.js';

const result = readConfig(process.env, process.cwd());
if (!result.ok) {
  console.error(result.message);
  process.exit(2);
}
const { config } = result;
const logger = pino({ level: config.logLevel, base: { service: 'edge' } });
const eventLog = await openEventLog(config.eventLogUrl, { producer: 'edge', logger });
const edge = await createEdge({ ...config, eventLog, logger });

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'stopping');
  await edge.close();
  await eventLog.close();
  process.exit(0);
}
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));

try {
  await edge.listen({ port: config.port, host: config.host });
} catch (error) {
  logger.fatal({ err: error }, `cannot listen on ${config.host}:${config.port}`);
  process.exit(1);
}
