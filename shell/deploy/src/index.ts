export { publish } from './publish.js';
export type { AppReport, PublishOptions, PublishReport } from './publish.js';
export { discoverMfes, sourceFromFixture, sourceFromPackage, TesseraBlock } from './descriptor.js';
export type { PublishSource } from './descriptor.js';
export { DeployError, DeployErrorCodes } from './errors.js';
export type { DeployErrorCode } from './errors.js';
export { runCli } from './run-cli.js';
export {
  deployCommand,
  promoteCommand,
  rollbackCommand,
  verifyCommand,
  type CommandContext,
  type MountCheck,
} from './commands.js';
export { readDeploys, type DeploysView } from './deploys.js';
export { createMountCheck, type MountCheckOptions } from './mount-check.js';
