// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import {
  createSessionFeed,
  SESSION_EVENT,
  SESSION_REQUESTED,
  type SessionFeed,
} from './session-feed';

const ada = { id: 'u1', displayName: 'Ada Lovelace', role: 'editor' };

function announce(user: unknown) {
  window.dispatchEvent(new CustomEvent(SESSION_EVENT, { detail: { user } }));
}

/** mfe-login's side as the contract has it: answers every request with what it knows. */
function respondWith(user: typeof ada | null) {
  const answer = () => announce(user);
  window.addEventListener(SESSION_REQUESTED, answer);
  return () => window.removeEventListener(SESSION_REQUESTED, answer);
}

const feeds: SessionFeed[] = [];
const started = () => {
  const feed = createSessionFeed(window);
  feeds.push(feed);
  return feed;
};

describe('the session feed', () => {
  afterEach(() => feeds.splice(0).forEach((feed) => feed.stop()));

  it('hears an answer given synchronously to its first request', () => {
    const stopResponding = respondWith(ada);
    const feed = started();
    stopResponding();
    expect(feed.current()).toEqual(ada);
  });

  it('stays unknown when nobody answers, then follows a later announcement', () => {
    const feed = started();
    expect(feed.current()).toBeUndefined();
    let heard = 0;
    feed.subscribe(() => (heard += 1));
    announce(ada);
    expect(feed.current()).toEqual(ada);
    expect(heard).toBe(1);
  });

  it('asks again while unknown, and not once the session is known', () => {
    const feed = started();
    let requests = 0;
    const count = () => (requests += 1);
    window.addEventListener(SESSION_REQUESTED, count);
    feed.requestIfUnknown();
    announce(null);
    feed.requestIfUnknown();
    window.removeEventListener(SESSION_REQUESTED, count);
    expect(requests).toBe(1);
    expect(feed.current()).toBeNull();
  });

  it('reads anything that is not a user as nobody signed in', () => {
    const feed = started();
    announce({ id: 'u1' });
    expect(feed.current()).toBeNull();
  });
});
