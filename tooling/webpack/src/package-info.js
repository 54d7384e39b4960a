import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @typedef {object} TesseraBlock The `"tessera"` block of an MFE's package.json (docs/contracts.md).
 * @property {string} app
 * @property {string} remote
 * @property {'react' | 'vue' | 'none'} framework
 * @property {string[]} routes
 * @property {Record<string, string>} [parcels]
 * @property {number} [budgetKb]
 */

/**
 * @typedef {object} PackageInfo
 * @property {string} name
 * @property {string} version
 * @property {Record<string, string>} dependencies
 * @property {TesseraBlock | undefined} tessera
 */

/**
 * Reads the fields of a package.json the build needs.
 * @param {string} dir package directory
 * @returns {PackageInfo}
 */
export function readPackageInfo(dir) {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  return {
    name: pkg.name,
    version: pkg.version,
    dependencies: { ...pkg.dependencies },
    tessera: pkg.tessera,
  };
}
