import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { browserHeaders, createTestLoginBff, type TestLoginBff } from './testing.js';

const roomyLimits = {
  perIp: { limit: 1_000_000, windowMs: 60_000 },
  perAccount: { limit: 1_000_000, windowMs: 60_000 },
};

/** Field values of every JSON kind, plus strings near and past the length limits. */
const anyField = fc.oneof(
  fc.jsonValue(),
  fc.string({ maxLength: 300 }),
  fc.emailAddress(),
  fc.constantFrom('a'.repeat(129), 'é'.repeat(81), '', ' ', '\u0000', '__proto__'),
);

const bodies = fc.oneof(
  fc
    .record(
      { email: anyField, password: anyField, displayName: anyField, extra: anyField },
      { requiredKeys: [] },
    )
    .map((value) => JSON.stringify(value)),
  fc.jsonValue().map((value) => JSON.stringify(value)),
  fc.string({ maxLength: 200 }),
  fc.constant('{"__proto__": {"polluted": true}, "email": "a@b.org"}'),
);

async function expectOnlyClientErrors(bff: TestLoginBff, url: string) {
  await fc.assert(
    fc.asyncProperty(
      bodies,
      fc.constantFrom('application/json', 'text/plain'),
      async (payload, type) => {
        const res = await bff.app.inject({
          method: 'POST',
          url,
          headers: { ...browserHeaders, 'content-type': type },
          payload,
        });
        expect(res.statusCode).toBeLessThan(500);
        if (res.statusCode >= 400) {
          expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
          expect(res.json()).toMatchObject({ status: res.statusCode, code: expect.any(String) });
        }
      },
    ),
    { numRuns: 150 },
  );
}

describe('fuzzed request bodies', () => {
  it('register answers any body with success or a 4xx problem, never a 5xx', async () => {
    const bff = await createTestLoginBff({ signInLimits: roomyLimits });
    await expectOnlyClientErrors(bff, '/api/login/register');
  });

  it('sign-in answers any body with success or a 4xx problem, never a 5xx', async () => {
    const bff = await createTestLoginBff({ signInLimits: roomyLimits });
    await bff.accounts.register({
      email: 'ann@example.org',
      password: 'correct horse battery',
      displayName: 'Ann',
      role: 'reader',
    });
    await expectOnlyClientErrors(bff, '/api/login/sign-in');
  });

  it('never lets a body pollute Object.prototype', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
