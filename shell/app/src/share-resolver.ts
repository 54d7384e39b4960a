import type { ModuleFederationRuntimePlugin } from '@module-federation/runtime';

const PLAIN = /^(\d+)\.(\d+)\.(\d+)$/;
const CARET = /^\^(\d+)\.(\d+)\.(\d+)$/;

const numbers = (match: RegExpExecArray) =>
  match.slice(1, 4).map(Number) as [number, number, number];

/**
 * Whether `version` surely meets `required` when that is the same plain version or a caret
 * range on one (`^3.5.0`, major above 0): the forms the MFEs declare. False means "not sure":
 * the runtime's own semver check decides.
 */
export function surelySatisfies(version: string, required: unknown): boolean {
  const have = PLAIN.exec(version);
  if (!have || typeof required !== 'string') return false;
  if (required === version) return true;
  const range = CARET.exec(required);
  if (!range) return false;
  const [major, minor, patch] = numbers(have);
  const [wantMajor, wantMinor, wantPatch] = numbers(range);
  if (wantMajor === 0 || major !== wantMajor) return false;
  return minor > wantMinor || (minor === wantMinor && patch >= wantPatch);
}

/**
 * Picks the registered version of a shared module without the runtime's semver parser when the
 * version surely meets the requirement: that parser builds a dozen regular expressions per check,
 * tens of ms on a slow phone's first load for each framework package. The choice is the one the
 * runtime makes then; anything else is left to it.
 */
export function plainVersionShares(): ModuleFederationRuntimePlugin {
  return {
    name: 'tessera-plain-version-shares',
    resolveShare(args) {
      const { shareScopeMap, scope, pkgName, version, shareInfo } = args;
      if (shareInfo.treeShaking) return args;
      if (!surelySatisfies(version, shareInfo.shareConfig?.requiredVersion)) return args;
      const shared = shareScopeMap[scope]?.[pkgName]?.[version];
      if (!shared) return args;
      return { ...args, resolver: () => ({ shared, useTreesShaking: false }) };
    },
  };
}
