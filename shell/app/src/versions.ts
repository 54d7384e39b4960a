/** Which version of each app is on the page right now; shown in the footer. */
export interface VersionBoard {
  add(app: string, version: string): void;
  remove(app: string, version: string): void;
}

/**
 * Keeps `list` (the footer's `data-testid="app-versions"` list) showing one "<app> <version>"
 * item per app on the page. An app can be on the page twice (route app and header parcel), so
 * entries are counted.
 */
export function createVersionBoard(list: HTMLElement): VersionBoard {
  const counts = new Map<string, number>();

  function render(): void {
    const doc = list.ownerDocument;
    const items = [...counts.keys()].sort().map((key) => {
      const [app, version] = key.split(' ');
      const item = doc.createElement('li');
      item.dataset.app = app;
      item.dataset.version = version;
      item.textContent = key;
      return item;
    });
    list.replaceChildren(...items);
  }

  return {
    add(app, version) {
      const key = `${app} ${version}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      render();
    },
    remove(app, version) {
      const key = `${app} ${version}`;
      const left = (counts.get(key) ?? 0) - 1;
      if (left > 0) counts.set(key, left);
      else counts.delete(key);
      render();
    },
  };
}
