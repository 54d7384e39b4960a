import { UserRegistered } from '@tessera/log/schemas';
import { describe, expect, it } from 'vitest';
import { usernameFor } from './username.js';

const id = '76756216-4114-4ced-9d1b-885bf4f6d017';

describe('public usernames', () => {
  it('slugs the display name and adds part of the user id', () => {
    expect(usernameFor('Ann Ödegaard', id)).toBe('ann-odegaard-76756216');
  });

  it('falls back to "user" for names with no latin letters or digits', () => {
    expect(usernameFor('東京', id)).toBe('user-76756216');
  });

  it('always fits the user.registered schema', () => {
    for (const name of ['A', 'x'.repeat(80), '--Ann--', 'Zoë & Co.', '😀']) {
      const username = usernameFor(name, id);
      expect(UserRegistered.shape.username.safeParse(username).success, username).toBe(true);
    }
  });
});
