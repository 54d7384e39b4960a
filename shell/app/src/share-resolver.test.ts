import { describe, expect, it } from 'vitest';
import { plainVersionShares, surelySatisfies } from './share-resolver.js';

describe('surelySatisfies', () => {
  it('accepts the same plain version and caret ranges it meets', () => {
    expect(surelySatisfies('19.3.1', '19.3.1')).toBe(true);
    expect(surelySatisfies('3.5.45', '^3.5.0')).toBe(true);
    expect(surelySatisfies('3.6.0', '^3.5.9')).toBe(true);
  });

  it('is not sure about anything else', () => {
    expect(surelySatisfies('3.4.9', '^3.5.0')).toBe(false);
    expect(surelySatisfies('4.0.0', '^3.5.0')).toBe(false);
    expect(surelySatisfies('0.3.1', '^0.3.0')).toBe(false);
    expect(surelySatisfies('19.3.1', '19.3.2')).toBe(false);
    expect(surelySatisfies('19.3.1', '>=19')).toBe(false);
    expect(surelySatisfies('19.3.1-rc.1', '19.3.1-rc.1')).toBe(false);
    expect(surelySatisfies('19.3.1', false)).toBe(false);
  });
});

type ResolveShare = (args: Record<string, unknown>) => {
  resolver: () => { shared: unknown; useTreesShaking: boolean } | undefined;
};

function resolve(version: string, requiredVersion: unknown, treeShaking?: object) {
  const shared = { version, from: 'tessera_search' };
  const original = () => undefined;
  const args = {
    shareScopeMap: { default: { react: { [version]: shared } } },
    scope: 'default',
    pkgName: 'react',
    version,
    shareInfo: { shareConfig: { singleton: true, requiredVersion }, treeShaking },
    GlobalFederation: {},
    resolver: original,
  };
  const result = (plainVersionShares().resolveShare as unknown as ResolveShare)(args);
  return { shared, original, result };
}

describe('plainVersionShares', () => {
  it('resolves a surely satisfying version to the registered share', () => {
    const { shared, result } = resolve('19.3.1', '19.3.1');
    expect(result.resolver()).toEqual({ shared, useTreesShaking: false });
  });

  it("leaves the runtime's resolver in place otherwise", () => {
    for (const [version, required, treeShaking] of [
      ['19.3.1', '^18.0.0', undefined],
      ['19.3.1', '19.3.1', { usedExports: ['useState'] }],
    ] as const) {
      const { original, result } = resolve(version, required, treeShaking);
      expect(result.resolver).toBe(original);
    }
  });
});
