/**
 * Routes clicks on the shell's own links (`a[data-tessera-link]`) through `navigate` instead
 * of a page load. Clicks meant for a new tab or window keep their browser behaviour.
 */
export function routeShellLinks(root: HTMLElement, navigate: (url: string) => void): void {
  root.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element | null)?.closest?.('a[data-tessera-link]');
    if (!(link instanceof HTMLAnchorElement) || (link.target && link.target !== '_self')) return;
    event.preventDefault();
    navigate(link.getAttribute('href') ?? '/');
  });
}
