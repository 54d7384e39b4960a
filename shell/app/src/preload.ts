/**
 * Asks the browser for files a remote load is about to need, so an exposed module's chunks and
 * stylesheet arrive alongside its `remoteEntry.js` instead of a round trip after it. A URL
 * already preloaded (by the edge, or earlier) is not asked for again.
 */
export function linkPreloader(doc: Document): (urls: readonly string[]) => void {
  const links = doc.querySelectorAll<HTMLLinkElement>('link[rel="preload"]');
  const asked = new Set(Array.from(links, (link) => link.href));
  return (urls) => {
    for (const url of urls) {
      if (asked.has(url)) continue;
      asked.add(url);
      const link = doc.createElement('link');
      link.rel = 'preload';
      link.as = /\.css(?:$|\?)/.test(url) ? 'style' : 'script';
      link.href = url;
      doc.head.append(link);
    }
  };
}
