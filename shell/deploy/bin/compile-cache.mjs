// A compile cache for the CommonJS the CLI loads (webpack, the federation plugins, swc's
// bindings, Playwright): V8's code cache of each module, kept across runs. Node >= 22.1 has
// one built in (`module.enableCompileCache`), used when present. On Node 20 the packages that
// do this (v8-compile-cache, v8-compile-cache-lib) replace `Module.prototype._compile` with a
// copy of an older Node's, which breaks what Node 20.19+ does there: a `.js` file with ES
// module syntax (the CLI's own mount-worker.js failed to start) and require() of an ES module
// (@fastify/static requiring glob). This hook caches only plain CommonJS and hands everything
// else, unchanged, to Node's own `_compile`.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import vm from 'node:vm';
import { entriesToSave, readCacheFile, writeCacheFile } from './compile-cache-store.mjs';

const require = createRequire(import.meta.url);
const Module = require('node:module');

/** Text that may be a call of `import()`; most modules that have it only say it in a comment or string. */
const MAY_IMPORT = /\bimport\s*\(/;

/** Stored for a module left to Node: its decision is kept, its code is not. */
const LEFT_TO_NODE = Buffer.alloc(0);

/** True while a check runs: acorn, loaded by the first one, is not checked itself. */
let checking = false;

/**
 * Whether the module's code calls `import()`, or may through `eval` or `Function` (a string that
 * says `import(` in a module that names either: webpack's loadLoader, MF's sdk): such a module is
 * left to Node, because a script compiled here has no host to resolve the import against (and V8
 * drops that host from restored caches). Only the text's tokens tell: 279 modules a deploy loads
 * (5.1 MB: webpack's parser, its compilation...) say `import(` in comments and strings alone, and
 * left to Node they were compiled afresh on every run (~0.23 s of a deploy). What acorn cannot
 * read is left to Node too.
 */
function callsImport(content) {
  if (checking) return true;
  checking = true;
  let previous;
  let calls = false;
  let quoted = false;
  let evaluates = false;
  try {
    const { parse, tokTypes } = require('acorn');
    parse(content, {
      ecmaVersion: 'latest',
      sourceType: 'script',
      allowHashBang: true,
      allowReturnOutsideFunction: true,
      onToken({ type, value }) {
        if (previous === tokTypes._import && type === tokTypes.parenL) calls = true;
        if (type === tokTypes.string || type === tokTypes.template) {
          quoted ||= MAY_IMPORT.test(String(value));
        }
        if (type === tokTypes.name) evaluates ||= value === 'eval' || value === 'Function';
        previous = type;
      },
    });
  } catch {
    return true;
  } finally {
    checking = false;
  }
  return calls || (quoted && evaluates);
}

/** The `require` a module's code gets, as Node builds it. */
function requireFor(module) {
  const moduleRequire = (id) => module.require(id);
  const resolve = (request, options) => Module._resolveFilename(request, module, false, options);
  resolve.paths = (request) => Module._resolveLookupPaths(request, module);
  moduleRequire.resolve = resolve;
  moduleRequire.main = process.mainModule;
  moduleRequire.extensions = Module._extensions;
  moduleRequire.cache = Module._cache;
  return moduleRequire;
}

/**
 * Installs the cache for this process: `<dir>/<name>.cache`, saved at exit when the process
 * compiled anything new. Returns live counts of modules restored from it and compiled afresh.
 * @param {{ dir: string, name: string }} options
 */
export function enableCompileCache({ dir, name }) {
  const counts = { restored: 0, compiled: 0 };
  if (typeof Module.enableCompileCache === 'function') {
    Module.enableCompileCache(dir);
    return counts;
  }
  const file = join(dir, `${name}.cache`);
  const stored = readCacheFile(file);
  const used = new Map();
  const fresh = new Map();
  const leftToNode = new Map();
  const nodeCompile = Module.prototype._compile;

  Module.prototype._compile = function compileWithCache(content, filename, format) {
    if (format === 'module') return nodeCompile.call(this, content, filename, format);
    const hash = createHash('sha1').update(content).digest('base64');
    const stamp = stored.get(filename);
    const hit = stamp?.hash === hash ? stamp : undefined;
    if (hit?.data.length === 0) {
      used.set(filename, hit);
      return nodeCompile.call(this, content, filename, format);
    }
    if (!hit && MAY_IMPORT.test(content) && callsImport(content)) {
      leftToNode.set(filename, { hash, data: LEFT_TO_NODE });
      return nodeCompile.call(this, content, filename, format);
    }
    const cachedData = hit?.data;
    let script;
    try {
      script = new vm.Script(Module.wrap(content), { filename, cachedData });
    } catch {
      // ES module syntax in a `.js` file, or a real syntax error: Node knows what to do.
      return nodeCompile.call(this, content, filename, format);
    }
    if (cachedData && !script.cachedDataRejected) {
      used.set(filename, hit);
      counts.restored += 1;
    } else {
      fresh.set(filename, { hash, script });
      counts.compiled += 1;
    }
    const wrapper = script.runInThisContext({ displayErrors: true });
    const args = [this.exports, requireFor(this), this, filename, dirname(filename)];
    return Reflect.apply(wrapper, this.exports, args);
  };

  process.once('exit', () => {
    if (fresh.size === 0 && leftToNode.size === 0) return;
    try {
      // Made at exit, the cache also holds the functions V8 compiled lazily during the run.
      for (const [module, { hash, script }] of fresh) {
        used.set(module, { hash, data: script.createCachedData() });
      }
      for (const [module, entry] of leftToNode) used.set(module, entry);
      writeCacheFile(file, entriesToSave(stored, used));
    } catch {
      // The next run compiles again; this one's exit is not the place to fail.
    }
  });
  return counts;
}
