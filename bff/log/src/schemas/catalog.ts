import type { z } from 'zod';
import { LogError, LogErrorCode } from '../errors.js';

/** Turns data of version n into data of version n + 1. */
export type Upcaster = (data: unknown) => unknown;

export interface EventDefinition {
  /** `<noun>.<past-tense-verb>`, e.g. `article.published`. */
  type: string;
  /** One zod schema per version, versions numbered 1..n without holes. */
  versions: readonly z.ZodType[];
  /** upcasters[i] turns version i + 1 into version i + 2; one fewer than versions. */
  upcasters?: readonly Upcaster[];
}

export interface Catalog {
  types(): string[];
  has(type: string): boolean;
  latest(type: string): number;
  /** Validate data for type@version; returns the parsed data. Throws LOG_003 / LOG_002. */
  validate(type: string, version: number, data: unknown): unknown;
  /** Validate stored data at its version, then upcast it to the latest version. */
  upgrade(type: string, version: number, data: unknown): { version: number; data: unknown };
  /** A new catalog with these definitions added (e.g. a service's private event types). */
  extend(definitions: readonly EventDefinition[]): Catalog;
}

const TYPE_PATTERN = /^[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*$/;

function checkDefinition(def: EventDefinition): void {
  if (!TYPE_PATTERN.test(def.type)) {
    throw new LogError(
      LogErrorCode.BadArgument,
      `event type "${def.type}" must look like noun.past-tense-verb`,
    );
  }
  if (def.versions.length === 0) {
    throw new LogError(
      LogErrorCode.BadArgument,
      `event type "${def.type}" needs at least one schema version`,
    );
  }
  if ((def.upcasters?.length ?? 0) !== def.versions.length - 1) {
    throw new LogError(
      LogErrorCode.BadArgument,
      `event type "${def.type}" needs one upcaster per older version`,
    );
  }
}

export function createCatalog(definitions: readonly EventDefinition[]): Catalog {
  const byType = new Map<string, EventDefinition>();
  for (const def of definitions) {
    checkDefinition(def);
    byType.set(def.type, def);
  }

  const definition = (type: string): EventDefinition => {
    const def = byType.get(type);
    if (!def) {
      throw new LogError(
        LogErrorCode.UnknownType,
        `unknown event type "${type}": add it to the schema catalog`,
        {
          type,
        },
      );
    }
    return def;
  };

  const validate = (type: string, version: number, data: unknown): unknown => {
    const schema = definition(type).versions[version - 1];
    if (!Number.isInteger(version) || !schema) {
      throw new LogError(
        LogErrorCode.UnknownType,
        `event type "${type}" has no schema version ${version}`,
        {
          type,
          version,
        },
      );
    }
    const result = schema.safeParse(data);
    if (!result.success) {
      const issues = result.error.issues.map(
        (i) => `${i.path.join('.') || '(root)'}: ${i.message}`,
      );
      throw new LogError(
        LogErrorCode.InvalidEvent,
        `${type}@${version} is invalid: ${issues.join('; ')}`,
        {
          type,
          version,
          issues,
        },
      );
    }
    return result.data;
  };

  return {
    types: () => [...byType.keys()].sort(),
    has: (type) => byType.has(type),
    latest: (type) => definition(type).versions.length,
    validate,
    upgrade(type, version, data) {
      const def = definition(type);
      let current = validate(type, version, data);
      for (let v = version; v < def.versions.length; v++) {
        current = validate(type, v + 1, def.upcasters![v - 1]!(current));
      }
      return { version: def.versions.length, data: current };
    },
    extend: (more) => createCatalog([...byType.values(), ...more]),
  };
}
