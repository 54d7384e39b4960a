import type { Change } from '@tessera/bff-articles/contract';
import { describe, expect, it, vi } from 'vitest';
import { followChanges, type ChangeSource } from './changes';
import { pendingAfter } from './use-new-articles';

const change = (kind: Change['kind'], slug: string, title = slug): Change => ({
  kind,
  slug,
  title,
  section: 'city',
  offset: 1,
  time: '2026-11-26T00:00:00Z',
});

describe('the live feed of new articles', () => {
  it('counts each published article once, follows its revisions and forgets retracted ones', () => {
    let pending: Change[] = [];
    for (const next of [
      change('published', 'a'),
      change('published', 'b'),
      change('published', 'a'),
      change('revised', 'b', 'B revised'),
      change('revised', 'old-story'),
      change('retracted', 'a'),
    ]) {
      pending = pendingAfter(pending, next);
    }
    expect(pending).toEqual([change('published', 'b', 'B revised')]);
  });

  it('parses each message with the contract schema and skips the ones that do not match', () => {
    const listeners = new Map<string, (event: MessageEvent<string>) => void>();
    const close = vi.fn();
    const source: ChangeSource = {
      addEventListener: (type, listener) => listeners.set(type, listener),
      close,
    };
    const open = vi.fn(() => source);
    const seen: Change[] = [];
    const stop = followChanges((c) => seen.push(c), open);
    expect(open).toHaveBeenCalledWith('/api/articles/events');
    expect([...listeners.keys()].sort()).toEqual(['published', 'retracted', 'revised']);

    const send = (type: string, data: string) =>
      listeners.get(type)?.(new MessageEvent(type, { data }));
    send('published', JSON.stringify(change('published', 'a')));
    send('published', '{"kind":"published"}');
    send('revised', 'not json');
    expect(seen).toEqual([change('published', 'a')]);

    stop();
    expect(close).toHaveBeenCalled();
  });

  it('stays still where the browser has no EventSource', () => {
    const stop = followChanges(
      () => {},
      () => null,
    );
    expect(stop).not.toThrow();
  });
});
