declare module 'fastify' {
  interface FastifyInstance {
    /**
     * Resolves once the registry this edge serves is folded up to `revision` (a `deploys` stream
     * offset): read-your-writes for whoever appended it. Rejects after `timeoutMs` (default 5 s).
     */
    registryAt(revision: number, options?: { timeoutMs?: number }): Promise<void>;
  }
}

export {};
