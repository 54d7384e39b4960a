export { createLoginBff, type LoginBff, type LoginBffOptions } from './app.js';
export { loginCatalog, CREDENTIALS_STREAM, USERS_STREAM } from './catalog.js';
export {
  generateSessionKeyPem,
  loadOrCreateDevKeys,
  sessionKeysFromPem,
  type SessionKeys,
} from './keys.js';
export {
  createPasswordHasher,
  OWASP_SCRYPT,
  type PasswordHasher,
  type ScryptParams,
} from './passwords.js';
export { DEFAULT_SIGN_IN_LIMITS, type SignInLimits } from './signInGuard.js';
export { LoginErrors } from './errors.js';
