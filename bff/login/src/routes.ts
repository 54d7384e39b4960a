import { parseBody, ServiceError, type Session, type SessionVerifier } from '@tessera/kit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Accounts } from './accounts.js';
import {
  registerRequestSchema,
  signInRequestSchema,
  type MeResponse,
  type PublicUser,
  type SessionResponse,
} from './contract.js';
import { clearedSessionCookie, sessionCookie, type SecureCookieMode } from './cookie.js';
import { LoginErrors } from './errors.js';
import type { SessionKeys } from './keys.js';
import { loginOpenApi } from './openapi.js';
import type { UserRecord } from './projections.js';
import type { SignInGuard } from './signInGuard.js';
import { signSession } from './tokens.js';

export interface RouteDeps {
  accounts: Accounts;
  keys: SessionKeys;
  verifier: SessionVerifier;
  guard: SignInGuard;
  sessionTtlSeconds: number;
  secureCookie: SecureCookieMode;
}

function publicUser(user: UserRecord): PublicUser {
  return { id: user.userId, displayName: user.displayName, role: user.role };
}

/** The routes under /api/login; the caller registers them with that prefix. */
export function loginRoutes(deps: RouteDeps) {
  async function startSession(request: FastifyRequest, reply: FastifyReply, user: UserRecord) {
    const session: Session = {
      userId: user.userId,
      displayName: user.displayName,
      role: user.role,
    };
    const token = await signSession(deps.keys, session, deps.sessionTtlSeconds);
    void reply
      .header(
        'set-cookie',
        sessionCookie(request, deps.secureCookie, token, deps.sessionTtlSeconds),
      )
      .header('cache-control', 'no-store');
    const body: SessionResponse = { user: publicUser(user) };
    return body;
  }

  return async function register(app: FastifyInstance) {
    app.post('/register', async (request, reply) => {
      const body = parseBody(request, registerRequestSchema);
      const user = await deps.accounts.register({ ...body, role: 'reader' }, request.traceId);
      reply.status(201);
      return startSession(request, reply, user);
    });

    app.post('/sign-in', async (request, reply) => {
      const raw = request.body as { email?: unknown } | undefined;
      deps.guard.admit(
        request.ip,
        String(raw?.email ?? '')
          .trim()
          .toLowerCase(),
      );
      const { email, password } = parseBody(request, signInRequestSchema);
      try {
        const user = await deps.accounts.authenticate(email, password, request.traceId);
        deps.guard.succeeded(email);
        return await startSession(request, reply, user);
      } catch (error) {
        if (error instanceof ServiceError && error.code === LoginErrors.badCredentials.code) {
          deps.guard.failed(email);
        }
        throw error;
      }
    });

    app.post('/sign-out', async (request, reply) => {
      void reply
        .header('set-cookie', clearedSessionCookie(request, deps.secureCookie))
        .header('cache-control', 'no-store')
        .status(204);
      return reply.send();
    });

    app.get('/me', async (request, reply) => {
      void reply.header('cache-control', 'no-store');
      const body: MeResponse = { user: null };
      let session: Session;
      try {
        session = await deps.verifier.fromRequest(request);
      } catch (error) {
        if (error instanceof ServiceError && error.status === 401) return body;
        throw error;
      }
      // The role may have changed since the token was signed: answer from the projection.
      const user = deps.accounts.findUser(session.userId);
      return user ? { user: publicUser(user) } : body;
    });

    app.get('/openapi.json', async () => loginOpenApi);

    app.get('/.well-known/jwks.json', async (_request, reply) => {
      void reply.header('cache-control', 'public, max-age=300');
      return deps.keys.jwks;
    });
  };
}
