import { useEffect, useState } from 'react';
import type { SearchResponse } from '@tessera/bff-search/contract';
import { describeFailure, type SearchApi, type SearchFailure } from '../api/search';
import { useContentShown } from '@tessera/mfe-kit/react';
import type { SearchState } from './search-state';

export type SearchResult =
  | { status: 'idle' }
  | { status: 'loading'; previous?: SearchResponse }
  | { status: 'done'; response: SearchResponse }
  | { status: 'failed'; failure: SearchFailure };

/**
 * Runs the search the state describes, cancelling the one before when the state changes.
 * `attempt` re-runs the same search (the "Try again" button).
 */
export function useSearch(api: SearchApi, state: SearchState, attempt: number): SearchResult {
  const [result, setResult] = useState<SearchResult>({ status: 'idle' });
  const { q, section, tag, page } = state;

  useEffect(() => {
    if (!q) {
      setResult({ status: 'idle' });
      return;
    }
    const controller = new AbortController();
    setResult((current) => ({
      status: 'loading',
      previous: current.status === 'done' ? current.response : undefined,
    }));
    api.search({ q, section, tag, page }, controller.signal).then(
      (response) => {
        if (!controller.signal.aborted) setResult({ status: 'done', response });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) {
          setResult({ status: 'failed', failure: describeFailure(error) });
        }
      },
    );
    return () => controller.abort();
  }, [api, q, section, tag, page, attempt]);
  // The page's content: the prompt without a query, else the results or why there are none.
  useContentShown(!q || result.status === 'done' || result.status === 'failed');

  return result;
}
