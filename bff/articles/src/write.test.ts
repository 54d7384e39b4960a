import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { articleResponseSchema, problemSchema, retractResponseSchema } from './contract/index.js';
import { draft, editor, reader, secondEditor, startTestBff, type TestBff } from './testing.js';

let t: TestBff;
beforeEach(async () => {
  t = await startTestBff();
});
afterEach(() => t.close());

async function send(method: 'POST' | 'PUT' | 'PATCH', url: string, payload: unknown, who = editor) {
  return t.bff.app.inject({ method, url, payload: payload as object, headers: await t.as(who) });
}

function problemOf(response: {
  statusCode: number;
  headers: Record<string, unknown>;
  json(): unknown;
}) {
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  return problemSchema.parse(response.json());
}

describe('publishing', () => {
  it('answers 201 with the article, readable at once (read-your-writes)', async () => {
    const response = await send('POST', '/api/articles', draft({ title: 'Ferry strike ends' }));
    expect(response.statusCode).toBe(201);
    const { article, revisions } = articleResponseSchema.parse(response.json());
    expect(article).toMatchObject({ slug: 'ferry-strike-ends', section: 'city', revision: 1 });
    expect(article.author).toEqual({ id: editor.userId, displayName: editor.displayName });
    expect(revisions).toEqual([
      { n: 1, time: article.publishedAt, editor: article.author, title: 'Ferry strike ends' },
    ]);
    expect(response.headers.location).toBe('/api/articles/by-slug/ferry-strike-ends');
    const read = await t.bff.app.inject(`/api/articles/by-slug/ferry-strike-ends`);
    expect(read.json()).toEqual(response.json());
  });

  it('derives a free slug from the headline when none is given', async () => {
    const first = await send('POST', '/api/articles', draft({ title: 'Café owners protest!' }));
    const second = await send('POST', '/api/articles', draft({ title: 'Cafe owners protest' }));
    expect(first.json().article.slug).toBe('cafe-owners-protest');
    expect(second.json().article.slug).toBe('cafe-owners-protest-2');
  });

  it('refuses a slug that is already taken with 409 naming the field', async () => {
    await send('POST', '/api/articles', draft({ slug: 'budget-day' }));
    const response = await send('POST', '/api/articles', draft({ slug: 'budget-day' }));
    expect(response.statusCode).toBe(409);
    const problem = problemOf(response);
    expect(problem.code).toBe('ARTICLES_001');
    expect(problem.errors?.[0]?.path).toBe('body.slug');
  });

  it('lists every invalid field in one 400 problem', async () => {
    const response = await send('POST', '/api/articles', {
      title: '',
      section: 'City News',
      body: 'x',
      tags: ['ok', 'Not OK', 'ok'],
      slug: '-bad-',
      extra: true,
    });
    expect(response.statusCode).toBe(400);
    const paths = problemOf(response).errors!.map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'body.title',
        'body.section',
        'body.tags.1',
        'body.tags',
        'body.slug',
      ]),
    );
    expect(problemOf(response).code).toBe('KIT_001');
  });

  it('enforces the length limits of headline, summary, body and tags', async () => {
    const cases = [
      { title: 'x'.repeat(201) },
      { summary: 'x'.repeat(501) },
      { body: 'x'.repeat(100_001) },
      { tags: Array.from({ length: 21 }, (_, i) => `tag-${i}`) },
      { tags: ['x'.repeat(41)] },
    ];
    for (const override of cases) {
      const response = await send('POST', '/api/articles', draft(override));
      expect(response.statusCode, JSON.stringify(Object.keys(override))).toBe(400);
    }
    const longest = await send('POST', '/api/articles', draft({ body: 'é'.repeat(100_000) }));
    expect(longest.statusCode).toBe(201);
  });

  it('needs a session (401), the editor role (403) and the CSRF header (403)', async () => {
    const anonymous = await t.bff.app.inject({
      method: 'POST',
      url: '/api/articles',
      payload: draft(),
      headers: { 'x-tessera-csrf': '1' },
    });
    expect(anonymous.statusCode).toBe(401);
    expect(problemOf(anonymous).code).toBe('KIT_006');

    const byReader = await send('POST', '/api/articles', draft(), reader);
    expect(byReader.statusCode).toBe(403);
    expect(problemOf(byReader).code).toBe('KIT_007');

    const { cookie } = await t.as(editor);
    const noCsrf = await t.bff.app.inject({
      method: 'POST',
      url: '/api/articles',
      payload: draft(),
      headers: { cookie },
    });
    expect(noCsrf.statusCode).toBe(403);
    expect(problemOf(noCsrf).code).toBe('KIT_008');
  });

  it('refuses an editor demoted since signing in', async () => {
    await t.log.append('users', [
      {
        type: 'user.role-changed',
        key: secondEditor.userId,
        data: { userId: secondEditor.userId, role: 'reader', changedBy: editor.userId },
      },
    ]);
    // The users projection applies the change asynchronously; the refusal follows it.
    await vi.waitFor(async () => {
      const response = await send('POST', '/api/articles', draft(), secondEditor);
      expect(response.statusCode).toBe(403);
    });
  });

  it('refuses a token signed by another key with 401', async () => {
    const stranger = await startTestBff();
    const headers = await stranger.as(editor);
    await stranger.close();
    const response = await t.bff.app.inject({
      method: 'POST',
      url: '/api/articles',
      payload: draft(),
      headers,
    });
    expect(response.statusCode).toBe(401);
  });

  it('answers 503, not 500, when the log cannot take the event', async () => {
    await t.log.close();
    const response = await send('POST', '/api/articles', draft());
    expect(response.statusCode).toBe(503);
    expect(problemOf(response).code).toBe('ARTICLES_007');
  });
});

describe('revising', () => {
  it('PUT replaces the fields and adds a revision by the editor who made it', async () => {
    await send('POST', '/api/articles', draft({ slug: 'tram-line', title: 'Tram line approved' }));
    const response = await send(
      'PUT',
      '/api/articles/by-slug/tram-line',
      draft({ title: 'Tram line approved at last', section: 'transport', tags: ['trams'] }),
      secondEditor,
    );
    expect(response.statusCode).toBe(200);
    const { article, revisions } = articleResponseSchema.parse(response.json());
    expect(article).toMatchObject({
      slug: 'tram-line',
      title: 'Tram line approved at last',
      section: 'transport',
      tags: ['trams'],
      revision: 2,
    });
    expect(article.author.id).toBe(editor.userId);
    expect(revisions.map((r) => [r.n, r.editor.id, r.title])).toEqual([
      [1, editor.userId, 'Tram line approved'],
      [2, secondEditor.userId, 'Tram line approved at last'],
    ]);
  });

  it('PATCH changes only the named fields', async () => {
    const original = draft({ slug: 'rain-record' });
    await send('POST', '/api/articles', original);
    const response = await send('PATCH', '/api/articles/by-slug/rain-record', {
      summary: 'Wettest November since records began.',
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().article).toMatchObject({
      title: original.title,
      body: original.body,
      summary: 'Wettest November since records began.',
      revision: 2,
    });
  });

  it('refuses an edit of a stale revision with 409', async () => {
    await send('POST', '/api/articles', draft({ slug: 'harbour' }));
    await send('PATCH', '/api/articles/by-slug/harbour', { title: 'Second', baseRevision: 1 });
    const stale = await send('PATCH', '/api/articles/by-slug/harbour', {
      title: 'Third',
      baseRevision: 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(problemOf(stale).code).toBe('ARTICLES_006');
  });

  it('answers 404 for an unknown slug and 400 for an empty patch', async () => {
    const unknown = await send('PATCH', '/api/articles/by-slug/nothing-here', { title: 'x' });
    expect(unknown.statusCode).toBe(404);
    expect(problemOf(unknown).code).toBe('ARTICLES_002');
    await send('POST', '/api/articles', draft({ slug: 'empty-patch' }));
    const empty = await send('PATCH', '/api/articles/by-slug/empty-patch', { baseRevision: 1 });
    expect(empty.statusCode).toBe(400);
  });
});

describe('retracting', () => {
  it('needs a reason, then the article answers 410 and cannot be revised', async () => {
    await send('POST', '/api/articles', draft({ slug: 'wrong-story' }));
    const noReason = await send('POST', '/api/articles/by-slug/wrong-story/retraction', {});
    expect(noReason.statusCode).toBe(400);

    const response = await send('POST', '/api/articles/by-slug/wrong-story/retraction', {
      reason: 'Sources withdrew their statements.',
    });
    expect(response.statusCode).toBe(200);
    expect(retractResponseSchema.parse(response.json()).reason).toBe(
      'Sources withdrew their statements.',
    );

    const read = await t.bff.app.inject('/api/articles/by-slug/wrong-story');
    expect(read.statusCode).toBe(410);
    expect(problemOf(read).code).toBe('ARTICLES_003');
    const revise = await send('PATCH', '/api/articles/by-slug/wrong-story', { title: 'x' });
    expect(revise.statusCode).toBe(410);
    const again = await send('POST', '/api/articles/by-slug/wrong-story/retraction', {
      reason: 'twice',
    });
    expect(again.statusCode).toBe(410);
  });

  it('keeps the retracted slug reserved', async () => {
    await send('POST', '/api/articles', draft({ slug: 'gone' }));
    await send('POST', '/api/articles/by-slug/gone/retraction', { reason: 'Duplicate.' });
    const reuse = await send('POST', '/api/articles', draft({ slug: 'gone' }));
    expect(reuse.statusCode).toBe(409);
  });
});
