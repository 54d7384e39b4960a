// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { announceSession, SESSION_CHANGED } from '../api/session-event';
import type { SessionUser } from '../api/session';
import { followMenuSession, ME_RETRY_DELAYS_MS, SESSION_REQUESTED } from './menu-session';

const ada: SessionUser = { id: 'u1', displayName: 'Ada Lovelace', role: 'editor' };

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** What another app on the page hears: every `tessera:session-changed`, in order. */
let heard: (SessionUser | null)[] = [];
const hear = (event: Event) => heard.push((event as CustomEvent).detail.user);
const request = () => window.dispatchEvent(new Event(SESSION_REQUESTED));
const stops: (() => void)[] = [];

function follower(me: () => Promise<SessionUser | null>) {
  const show = vi.fn<(user: SessionUser | null) => void>();
  stops.push(followMenuSession({ me, show }));
  return show;
}

describe('the menu side of the session handshake', () => {
  beforeEach(() => {
    heard = [];
    window.addEventListener(SESSION_CHANGED, hear);
  });
  afterEach(() => {
    stops.splice(0).forEach((stop) => stop());
    window.removeEventListener(SESSION_CHANGED, hear);
    vi.useRealTimers();
  });

  it('announces what the BFF said to an app that asked before the menu mounted', async () => {
    request();
    const show = follower(async () => ada);
    await vi.waitFor(() => expect(heard).toEqual([ada]));
    expect(show).toHaveBeenCalledWith(ada);
  });

  it('answers a request made while the BFF is asked once the answer is in, not before', async () => {
    const me = deferred<SessionUser | null>();
    follower(() => me.promise);
    request();
    expect(heard).toEqual([]);
    me.resolve(ada);
    await vi.waitFor(() => expect(heard).toEqual([ada]));
  });

  it('answers every later request with the latest session', async () => {
    follower(async () => null);
    await vi.waitFor(() => expect(heard).toEqual([null]));
    request();
    announceSession(ada);
    request();
    expect(heard).toEqual([null, null, ada, ada]);
  });

  it('keeps a sign-in made while the BFF was asked over its older answer', async () => {
    const me = deferred<SessionUser | null>();
    follower(() => me.promise);
    announceSession(ada);
    me.resolve(null);
    await me.promise;
    request();
    expect(heard).toEqual([ada, ada]);
  });

  it('asks the BFF again after a failure and then announces', async () => {
    vi.useFakeTimers();
    const me = vi
      .fn<() => Promise<SessionUser | null>>()
      .mockRejectedValueOnce(new Error('503'))
      .mockResolvedValue(ada);
    follower(me);
    await vi.advanceTimersByTimeAsync(ME_RETRY_DELAYS_MS[0]!);
    expect(me).toHaveBeenCalledTimes(2);
    expect(heard).toEqual([ada]);
  });

  it('announces and answers nothing once stopped (the parcel unmounted)', async () => {
    const me = deferred<SessionUser | null>();
    follower(() => me.promise);
    stops.splice(0).forEach((stop) => stop());
    me.resolve(ada);
    await me.promise;
    request();
    expect(heard).toEqual([]);
  });

  it('a remounted menu asks again and tells the page', async () => {
    follower(async () => null);
    await vi.waitFor(() => expect(heard).toEqual([null]));
    stops.splice(0).forEach((stop) => stop());
    follower(async () => ada);
    await vi.waitFor(() => expect(heard).toEqual([null, ada]));
  });
});
