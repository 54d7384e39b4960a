import {
  ARTICLES_API_BASE,
  articleResponseSchema,
  frontPageSchema,
  retractResponseSchema,
  revisionResponseSchema,
  sectionListSchema,
  sectionPageSchema,
  type ArticleResponse,
  type FrontPage,
  type PublishRequest,
  type ReplaceRequest,
  type RetractResponse,
  type RevisionResponse,
  type SectionList,
  type SectionPage,
} from '@tessera/bff-articles/contract';
import { createApiClient, type ApiClient } from './client';

const bySlug = (slug: string) => `/by-slug/${encodeURIComponent(slug)}`;

/** The articles BFF's endpoints, every answer parsed with its contract schema. */
export function createArticlesApi(
  client: ApiClient = createApiClient({ baseUrl: ARTICLES_API_BASE }),
) {
  return {
    front: (page: number, signal?: AbortSignal): Promise<FrontPage> =>
      client.get(
        '/front',
        frontPageSchema,
        { page: String(page), pageSize: '6', perSection: '4' },
        signal,
      ),
    sections: (signal?: AbortSignal): Promise<SectionList> =>
      client.get('/sections', sectionListSchema, {}, signal),
    section: (section: string, page: number, signal?: AbortSignal): Promise<SectionPage> =>
      client.get(
        `/sections/${encodeURIComponent(section)}`,
        sectionPageSchema,
        { page: String(page), pageSize: '12' },
        signal,
      ),
    article: (slug: string, signal?: AbortSignal): Promise<ArticleResponse> =>
      client.get(bySlug(slug), articleResponseSchema, {}, signal),
    revision: (slug: string, n: number, signal?: AbortSignal): Promise<RevisionResponse> =>
      client.get(`${bySlug(slug)}/revisions/${n}`, revisionResponseSchema, {}, signal),
    publish: (request: PublishRequest): Promise<ArticleResponse> =>
      client.send('POST', '', request, articleResponseSchema),
    revise: (slug: string, request: ReplaceRequest): Promise<ArticleResponse> =>
      client.send('PUT', bySlug(slug), request, articleResponseSchema),
    retract: (slug: string, reason: string): Promise<RetractResponse> =>
      client.send('POST', `${bySlug(slug)}/retraction`, { reason }, retractResponseSchema),
  };
}

export type ArticlesApi = ReturnType<typeof createArticlesApi>;
