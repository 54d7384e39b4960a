import { articleEvents } from './articles.js';
import { createCatalog } from './catalog.js';
import { deadLetterEvents } from './dead-letters.js';
import { deployEvents } from './deploys.js';
import { userEvents } from './users.js';

export * from './articles.js';
export * from './users.js';
export * from './deploys.js';
export * from './dead-letters.js';
export { createCatalog, type Catalog, type EventDefinition, type Upcaster } from './catalog.js';

/** Every shared event type; services extend it with their private types via `catalog.extend`. */
export const standardEvents = [
  ...articleEvents,
  ...userEvents,
  ...deployEvents,
  ...deadLetterEvents,
];

export function standardCatalog() {
  return createCatalog(standardEvents);
}
