// Structural rules of OpenAPI 3.1 that a generator bug would most likely break. Written here
// rather than pulling in a full validator: tests use it on every document the kit generates.
type Json = Record<string, unknown>;

const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);
const LOCATIONS = new Set(['query', 'header', 'path', 'cookie']);
const STATUS = /^(?:[1-5](?:\d\d|XX)|default)$/;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every `$ref` anywhere under `node`. */
function refs(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(refs);
  if (!isObject(node)) return [];
  const own = typeof node.$ref === 'string' ? [node.$ref] : [];
  return [...own, ...Object.values(node).flatMap(refs)];
}

function contentProblems(where: string, content: unknown): string[] {
  if (!isObject(content) || Object.keys(content).length === 0) return [`${where}: empty content`];
  return Object.entries(content).flatMap(([type, media]) =>
    isObject(media) && isObject(media.schema) ? [] : [`${where} ${type}: no schema`],
  );
}

function parameterProblems(where: string, path: string, parameters: unknown): string[] {
  if (parameters === undefined) parameters = [];
  if (!Array.isArray(parameters)) return [`${where}: parameters is not an array`];
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const p of parameters as Json[]) {
    const key = `${String(p.in)} ${String(p.name)}`;
    if (typeof p.name !== 'string' || !LOCATIONS.has(String(p.in)))
      problems.push(`${where}: bad parameter ${key}`);
    if (seen.has(key)) problems.push(`${where}: parameter ${key} twice`);
    if (p.in === 'path' && p.required !== true)
      problems.push(`${where}: path parameter ${key} not required`);
    if (!isObject(p.schema)) problems.push(`${where}: parameter ${key} has no schema`);
    seen.add(key);
  }
  for (const [, name] of path.matchAll(/\{([^}]+)\}/g)) {
    if (!seen.has(`path ${name}`)) problems.push(`${where}: path parameter ${name} undeclared`);
  }
  for (const key of seen) {
    const [location, name] = key.split(' ');
    if (location === 'path' && !path.includes(`{${name}}`))
      problems.push(`${where}: ${name} not in path`);
  }
  return problems;
}

function operationProblems(where: string, path: string, operation: Json, schemes: Json): string[] {
  const problems = parameterProblems(where, path, operation.parameters);
  if (operation.requestBody !== undefined) {
    const body = operation.requestBody as Json;
    problems.push(...contentProblems(`${where} requestBody`, body.content));
  }
  for (const requirement of (operation.security ?? []) as Json[]) {
    for (const name of Object.keys(requirement)) {
      if (!(name in schemes)) problems.push(`${where}: unknown security scheme ${name}`);
    }
  }
  if (!isObject(operation.responses) || Object.keys(operation.responses).length === 0) {
    return [...problems, `${where}: no responses`];
  }
  for (const [status, response] of Object.entries(operation.responses)) {
    const at = `${where} ${status}`;
    if (!STATUS.test(status)) problems.push(`${at}: not a status code`);
    if (!isObject(response) || typeof response.description !== 'string') {
      problems.push(`${at}: no description`);
    } else if (response.content !== undefined) {
      problems.push(...contentProblems(at, response.content));
    }
  }
  return problems;
}

/** What keeps `doc` from being a well-formed OpenAPI 3 document; empty when it is one. */
export function openApiStructureProblems(doc: Json): string[] {
  const problems: string[] = [];
  if (typeof doc.openapi !== 'string' || !/^3\.\d+\.\d+$/.test(doc.openapi)) {
    problems.push('openapi: not a 3.x.y version');
  }
  const info = doc.info as Json | undefined;
  if (typeof info?.title !== 'string' || typeof info.version !== 'string') {
    problems.push('info: title and version must be strings');
  }
  const components = (doc.components ?? {}) as Json;
  const schemes = (components.securitySchemes ?? {}) as Json;
  for (const [path, item] of Object.entries((doc.paths ?? {}) as Json)) {
    if (!path.startsWith('/')) problems.push(`${path}: does not start with /`);
    for (const [method, operation] of Object.entries(item as Json)) {
      if (!METHODS.has(method)) problems.push(`${path}: ${method} is not an HTTP method`);
      else
        problems.push(...operationProblems(`${method} ${path}`, path, operation as Json, schemes));
    }
  }
  const schemas = (components.schemas ?? {}) as Json;
  for (const ref of refs(doc)) {
    const name = /^#\/components\/schemas\/(.+)$/.exec(ref)?.[1];
    if (!name || !(name in schemas)) problems.push(`$ref ${ref} does not resolve`);
  }
  return problems;
}
