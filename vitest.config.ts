import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{shell,bff,mfe-*,tooling,scripts}/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    // Integration tests start real processes (nats-server, BFFs): give them room on 2 cores.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
