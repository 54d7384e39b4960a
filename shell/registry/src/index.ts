export * from './schema.js';
export { matchesRoute, appForPath } from './routes.js';
export {
  applyDeployEvent,
  emptyRegistryState,
  foldDeployEvents,
  registryOf,
  type DeployEvent,
  type RegistryState,
} from './fold.js';
