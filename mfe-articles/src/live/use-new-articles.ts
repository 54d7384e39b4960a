import type { Change } from '@tessera/bff-articles/contract';
import { useCallback, useEffect, useState } from 'react';
import { followChanges, type OpenSource } from './changes';

/** Folds one change into the articles published since the reader last looked. */
export function pendingAfter(pending: Change[], change: Change): Change[] {
  const others = pending.filter((known) => known.slug !== change.slug);
  if (change.kind === 'published') return [...others, change];
  if (change.kind === 'retracted') return others;
  return pending.map((known) =>
    known.slug === change.slug ? { ...known, title: change.title } : known,
  );
}

/** Articles published while the page is open, until `clear` says the reader has seen them. */
export function useNewArticles(open?: OpenSource): { pending: Change[]; clear(): void } {
  const [pending, setPending] = useState<Change[]>([]);
  useEffect(
    () => followChanges((change) => setPending((list) => pendingAfter(list, change)), open),
    [open],
  );
  const clear = useCallback(() => setPending([]), []);
  return { pending, clear };
}
