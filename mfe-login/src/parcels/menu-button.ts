import styles from './account-menu.module.css';

export interface MenuItem {
  label: string;
  /** A link item (navigates), or an action item (a button). */
  href?: string;
  run?(): void;
}

export interface MenuButtonOptions {
  id: string;
  label: string;
  items: MenuItem[];
  navigate(url: string): void;
}

export interface MenuButton {
  element: HTMLElement;
  destroy(): void;
}

/**
 * A button that opens a menu, after the ARIA menu button pattern: Enter, Space or ArrowDown open
 * it on the first item, ArrowUp on the last; in the menu the arrow keys, Home and End move,
 * Escape closes it and gives focus back to the button, Tab or a click elsewhere closes it.
 */
export function createMenuButton({ id, label, items, navigate }: MenuButtonOptions): MenuButton {
  const element = document.createElement('div');
  element.className = styles.menu ?? '';
  const button = document.createElement('button');
  button.type = 'button';
  button.id = `${id}-button`;
  button.className = styles.button ?? '';
  button.textContent = label;
  button.setAttribute('aria-haspopup', 'menu');
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', `${id}-menu`);
  const menu = document.createElement('ul');
  menu.id = `${id}-menu`;
  menu.setAttribute('role', 'menu');
  menu.setAttribute('aria-labelledby', button.id);
  menu.className = styles.list ?? '';
  menu.hidden = true;

  const entries = items.map((item) => {
    const entry = item.href ? document.createElement('a') : document.createElement('button');
    if (entry instanceof HTMLAnchorElement) entry.href = item.href ?? '';
    else entry.type = 'button';
    entry.setAttribute('role', 'menuitem');
    entry.tabIndex = -1;
    entry.className = styles.item ?? '';
    entry.textContent = item.label;
    entry.addEventListener('click', (event) => {
      if (event instanceof MouseEvent && (event.metaKey || event.ctrlKey || event.shiftKey)) return;
      event.preventDefault();
      close(true);
      if (item.href) navigate(item.href);
      item.run?.();
    });
    const li = document.createElement('li');
    li.setAttribute('role', 'none');
    li.append(entry);
    menu.append(li);
    return entry;
  });

  function open(focusIndex: number) {
    menu.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    entries.at(focusIndex)?.focus();
  }

  function close(returnFocus: boolean) {
    if (menu.hidden) return;
    menu.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    if (returnFocus) button.focus();
  }

  button.addEventListener('click', () => (menu.hidden ? open(0) : close(false)));
  button.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      open(event.key === 'ArrowDown' ? 0 : -1);
    }
  });
  menu.addEventListener('keydown', (event) => {
    const at = entries.findIndex((entry) => entry === document.activeElement);
    const moves: Record<string, number> = {
      ArrowDown: (at + 1) % entries.length,
      ArrowUp: (at - 1 + entries.length) % entries.length,
      Home: 0,
      End: entries.length - 1,
    };
    const next = moves[event.key];
    if (next !== undefined) {
      event.preventDefault();
      entries[next]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
    } else if (event.key === 'Tab') {
      close(false);
    }
  });
  const onDocumentClick = (event: MouseEvent) => {
    if (!element.contains(event.target as Node)) close(false);
  };
  document.addEventListener('click', onDocumentClick);

  element.append(button, menu);
  return {
    element,
    destroy() {
      document.removeEventListener('click', onDocumentClick);
      element.remove();
    },
  };
}
