export * from './schema.js';
export { matchesRoute, appForPath } from './routes.js';
