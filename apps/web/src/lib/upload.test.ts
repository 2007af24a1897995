import { ApiProblem, isApiProblem } from '@whispergifts/api-client';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeApi, json, problem, type FakeApi } from '@/testing/fake-api';
import { uploadFile } from './upload';

const PATH = '/api/registries/{registryId}/header-image';
const file = () => new Blob(['p'.repeat(1000)], { type: 'image/png' });

let api: FakeApi;
beforeEach(() => {
  api = fakeApi();
  api.install();
});

describe('uploadFile', () => {
  it('PUTs the file as multipart to the path, reports progress, and answers with the parsed body', async () => {
    api.on('PUT', PATH, (request) => {
      request.upload!.sent(0.25);
      return json({ id: request.params.registryId });
    });
    const seen: number[] = [];
    expect(await uploadFile(PATH, { registryId: 'r 1' }, file(), { onProgress: (f) => seen.push(f) })).toEqual({ id: 'r 1' });
    expect(seen).toEqual([0.25, 1]);
    const [put] = api.sent('PUT', '/api/registries/r%201/header-image');
    expect(put.headers.get('content-type')).toMatch(/^multipart\/form-data/);
    expect(put.body).toContain('Content-Disposition: form-data; name="file"');
  });

  it('throws the same ApiProblem as the typed client on a problem+json answer, with its headers', async () => {
    api.on('PUT', PATH, () => {
      const answer = problem(413, 'payload-too-large', 'The file is larger than 10 MB.', { maxBytes: 10485760 });
      answer.headers.set('retry-after', '5');
      return answer;
    });
    const error = await uploadFile(PATH, { registryId: 'r' }, file()).catch((e: unknown) => e);
    expect(isApiProblem(error, 'payload-too-large')).toBe(true);
    expect(error).toMatchObject({ status: 413, detail: 'The file is larger than 10 MB.', body: { maxBytes: 10485760 } });
    expect((error as ApiProblem).headers.get('retry-after')).toBe('5');
  });

  it('makes a readable problem of an answer that is not JSON (a proxy’s error page)', async () => {
    api.on('PUT', PATH, () => new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway', headers: { 'content-type': 'text/html' } }));
    const error = await uploadFile(PATH, { registryId: 'r' }, file()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiProblem);
    expect(error).toMatchObject({ status: 502, kind: 'about:blank', detail: 'The server could not answer just now. Please try again in a moment.' });
  });

  it('fails with a TypeError when the network does, as fetch does', async () => {
    api.on('PUT', PATH, () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(uploadFile(PATH, { registryId: 'r' }, file())).rejects.toBeInstanceOf(TypeError);
  });

  it('aborts with its signal, and the request is given up', async () => {
    let upload: { aborted: boolean } | undefined;
    api.on('PUT', PATH, (request) => {
      upload = request.upload;
      return new Promise<Response>(() => undefined);
    });
    const controller = new AbortController();
    const sending = uploadFile(PATH, { registryId: 'r' }, file(), { signal: controller.signal });
    await expect.poll(() => upload).toBeDefined();
    controller.abort();
    await expect(sending).rejects.toMatchObject({ name: 'AbortError' });
    expect(upload!.aborted).toBe(true);
  });
});
