// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createVersionBoard } from './versions.js';

function items(list: HTMLElement) {
  return [...list.querySelectorAll('li')].map((li) => li.textContent);
}

describe('the footer version list', () => {
  it('lists each app on the page once, by name', () => {
    const list = document.createElement('ul');
    const board = createVersionBoard(list);
    board.add('search', '1.0.0+abc123');
    board.add('login', '2.0.0+def456');
    board.add('search', '1.0.0+abc123');
    expect(items(list)).toEqual(['login 2.0.0+def456', 'search 1.0.0+abc123']);
    expect(list.querySelector('li')?.dataset).toMatchObject({
      app: 'login',
      version: '2.0.0+def456',
    });
  });

  it('drops an app when its last user leaves the page', () => {
    const list = document.createElement('ul');
    const board = createVersionBoard(list);
    board.add('search', '1.0.0+abc123');
    board.add('search', '1.0.0+abc123');
    board.remove('search', '1.0.0+abc123');
    expect(items(list)).toEqual(['search 1.0.0+abc123']);
    board.remove('search', '1.0.0+abc123');
    expect(items(list)).toEqual([]);
  });
});
