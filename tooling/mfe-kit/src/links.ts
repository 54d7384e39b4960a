/** The parts of a DOM or React mouse event that say which button and keys were held. */
export interface ClickKeys {
  button: number;
  metaKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/**
 * A plain left click, which an app turns into client-side navigation; with a modifier or another
 * button the browser does what the reader asked (a new tab, a download).
 */
export function isPlainLeftClick(event: ClickKeys): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}
