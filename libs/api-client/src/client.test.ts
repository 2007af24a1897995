import { describe, expect, it } from 'vitest';
import { ApiProblem, createApiClient, fileUpload, isApiProblem, unwrap, type GiftListItem, type User } from './index';

const json = (body: unknown, status = 200, type = 'application/json') => new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

/** The ApiProblem a call rejects with. */
const problemOf = (call: Promise<unknown>) =>
  call.then(
    () => expect.fail('expected the call to fail'),
    (error: unknown) => error as ApiProblem,
  );

/** A fetch that answers once and remembers the request it got. */
function recordingFetch(answer: Response) {
  const seen: Request[] = [];
  const fetch = (input: Parameters<typeof globalThis.fetch>[0]) => {
    seen.push(input as Request);
    return Promise.resolve(answer);
  };
  return { fetch: fetch as typeof globalThis.fetch, seen };
}

const user: User = {
  id: '7d5e1c1e-1111-4a4a-9a9a-000000000001',
  email: 'ana@example.com',
  displayName: 'Ana',
  role: 'user',
  emailVerifiedAt: null,
  language: 'en',
  createdAt: '2026-11-01T10:00:00.000Z',
};

describe('createApiClient', () => {
  it('sends cookies to our own origin only and leaves HTTP caching to the browser', async () => {
    const { fetch, seen } = recordingFetch(json(user));
    const api = createApiClient({ baseUrl: 'http://localhost', fetch });

    expect(await unwrap(api.GET('/api/me'))).toEqual(user);
    expect(seen[0].credentials).toBe('same-origin');
    // 'default' lets the browser revalidate with If-None-Match and use a 304; 'no-store' would bypass it.
    expect(seen[0].cache).toBe('default');
    expect(seen[0].url).toBe('http://localhost/api/me');
  });

  it('turns problem+json into an ApiProblem with field errors by name', async () => {
    const problem = {
      type: 'https://whispergifts.com/problems/validation-error',
      title: 'Your request has invalid fields',
      status: 400,
      detail: 'Some fields are invalid; see `errors`.',
      errors: [
        { pointer: '#/email', code: 'invalid-email', detail: 'email must be an e-mail address' },
        { pointer: '#/email', code: 'too-long', limit: 254, detail: 'email is too long' },
        { pointer: '#/password', code: 'too-short', limit: 10, detail: 'password must be at least 10 characters' },
      ],
    };
    const { fetch } = recordingFetch(json(problem, 400, 'application/problem+json'));
    const api = createApiClient({ baseUrl: 'http://localhost', fetch });

    const error = await problemOf(unwrap(api.POST('/api/auth/signup', { body: { email: 'x', password: 'short', displayName: 'A' } })));
    expect(isApiProblem(error, 'validation-error')).toBe(true);
    expect(error.fieldErrors()).toEqual({ email: 'email must be an e-mail address', password: 'password must be at least 10 characters' });
    expect(error.fieldErrorsByName().password).toEqual({
      pointer: '#/password',
      code: 'too-short',
      limit: 10,
      detail: 'password must be at least 10 characters',
    });
  });

  it('keeps extension members, e.g. the fresh item on a 409', async () => {
    const item: GiftListItem = {
      id: '7d5e1c1e-1111-4a4a-9a9a-000000000002',
      name: 'Toaster',
      description: '',
      url: null,
      priceMin: 4000,
      priceMax: 6000,
      quantity: 1,
      reserved: 1,
      remaining: 0,
      priority: 'high',
      category: 'Kitchen',
      image: null,
      kind: 'gift',
      targetAmount: null,
      minContribution: null,
      suggestedAmounts: [],
      allowOverfunding: false,
      hideTotals: false,
      pledgedAmount: 0,
      remainingAmount: null,
      pledgeCount: 0,
    };
    const body = {
      type: 'https://whispergifts.com/problems/not-enough-remaining',
      title: 'Not enough',
      status: 409,
      detail: 'Someone was faster.',
      remaining: 0,
      item,
    };
    const { fetch } = recordingFetch(json(body, 409, 'application/problem+json'));
    const api = createApiClient({ baseUrl: 'http://localhost', fetch });

    const error = await problemOf(
      unwrap(
        api.POST('/api/public/registries/{slug}/reservations', {
          params: { path: { slug: 'ana-and-ben' } },
          body: { itemId: item.id, name: 'May', email: 'may@example.com' },
        }),
      ),
    );
    expect(error.kind).toBe('not-enough-remaining');
    expect(error.body.item).toEqual(item);
  });

  it('makes a readable problem out of a response that is not problem+json', async () => {
    const { fetch } = recordingFetch(new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }));
    const api = createApiClient({ baseUrl: 'http://localhost', fetch });

    const error = await problemOf(unwrap(api.GET('/api/me')));
    expect(error).toBeInstanceOf(ApiProblem);
    expect(error.status).toBe(502);
    expect(error.detail).toMatch(/try again/);
    expect(error.errors).toEqual([]);
  });
});

describe('fileUpload', () => {
  it('sends the image as multipart/form-data with a `file` field', async () => {
    const { fetch, seen } = recordingFetch(json({}));
    const api = createApiClient({ baseUrl: 'http://localhost', fetch });
    await unwrap(
      api.PUT('/api/registries/{registryId}/header-image', {
        params: { path: { registryId: '7d5e1c1e-1111-4a4a-9a9a-000000000003' } },
        body: fileUpload(new Blob(['png'], { type: 'image/png' })),
      }),
    );
    expect(seen[0].headers.get('content-type')).toMatch(/^multipart\/form-data; boundary=/);
    const form = await seen[0].formData();
    expect(form.get('file')).toBeInstanceOf(Blob);
  });
});
