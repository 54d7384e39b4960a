// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { CONTENT_SHOWN_EVENT, contentAnnouncer, type ContentShownDetail } from './content-shown.js';

describe('contentAnnouncer', () => {
  it('sends one bubbling tessera:content-shown naming the app, however often it is called', () => {
    const parent = document.createElement('main');
    const slot = document.createElement('div');
    parent.append(slot);
    const heard: ContentShownDetail[] = [];
    parent.addEventListener(CONTENT_SHOWN_EVENT, (event) =>
      heard.push((event as CustomEvent<ContentShownDetail>).detail),
    );
    const announce = contentAnnouncer(slot, 'search');
    announce();
    announce();
    expect(heard).toEqual([{ app: 'search' }]);
  });

  it('announces again from a new announcer (a remount)', () => {
    const slot = document.createElement('div');
    let count = 0;
    slot.addEventListener(CONTENT_SHOWN_EVENT, () => count++);
    contentAnnouncer(slot, 'articles')();
    contentAnnouncer(slot, 'articles')();
    expect(count).toBe(2);
  });
});
