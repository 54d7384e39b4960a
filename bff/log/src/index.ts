export * from './types.js';
export { LogError, LogErrorCode, isLogError } from './errors.js';
export { openEventLog, parseLogUrl, type OpenEventLogOptions, type ParsedLogUrl } from './open.js';
export { createEventLog, type EventLogOptions } from './core/event-log.js';
export type { LogDriver, Cursor, RawRecord, StoredEvent } from './core/driver.js';
export { createMemoryDriver, type MemoryDriver } from './adapters/memory.js';
export {
  createProjection,
  type CatchUpContext,
  type Projection,
  type ProjectionOptions,
} from './projection.js';
export {
  standardCatalog,
  createCatalog,
  DEAD_LETTER_STREAM,
  type Catalog,
  type EventDefinition,
} from './schemas/index.js';
