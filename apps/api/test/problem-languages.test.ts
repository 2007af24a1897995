import { createUser } from './support/factories';
import { TestApp, startTestApp } from './support/test-app';

/**
 * Problems follow Accept-Language everywhere they are made: the filter's own, a service's detail, the validation
 * pipe's field errors. `type`, `status`, field `pointer`, `code` and `limit` are the contract and never change.
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const PROBLEMS = 'https://whispergifts.com/problems/';

describe('problems in the language asked for', () => {
  it('answers a wrong login in French, and the same problem in English without the header', async () => {
    const user = await createUser(t);
    const send = (language?: string) => {
      const request = t.http().post('/api/auth/login');
      return (language ? request.set('accept-language', language) : request).send({ email: user.email, password: 'not the password at all' });
    };
    const english = await send();
    const french = await send('fr-CA, en;q=0.5');
    expect(english.status).toBe(401);
    expect(english.body).toMatchObject({ type: `${PROBLEMS}unauthenticated`, detail: 'The e-mail address or the password is not right.' });
    expect(french.status).toBe(401);
    expect(french.body).toMatchObject({
      type: `${PROBLEMS}unauthenticated`,
      title: 'Authentification requise',
      detail: 'L’adresse e-mail ou le mot de passe est incorrect.',
    });
  });

  it('gives each field error a French sentence from its code and limit; pointer, code and limit unchanged', async () => {
    const owner = await createUser(t);
    const body = { slug: 'nous-deux', title: 'x'.repeat(500), currency: 'EUR', surprise: 1 };
    const english = await owner.agent().post('/api/registries').send(body).expect(400);
    const french = await owner.agent().post('/api/registries').set('accept-language', 'fr').send(body).expect(400);
    const strip = (errors: { pointer: string; code: string; limit?: number }[]) => errors.map(({ pointer, code, limit }) => ({ pointer, code, limit }));
    expect(strip(french.body.errors)).toEqual(strip(english.body.errors));
    const byPointer = (pointer: string) => (french.body.errors as { pointer: string; detail: string }[]).find((e) => e.pointer === pointer)?.detail;
    const tooLong = (english.body.errors as { pointer: string; code: string; limit: number }[]).find((e) => e.pointer === '#/title');
    expect(tooLong).toMatchObject({ code: 'too-long' });
    expect(byPointer('#/title')).toBe(`Utilisez au plus ${tooLong!.limit} caractères (ou éléments).`);
    expect(byPointer('#/surprise')).toBe('Ce champ ne fait pas partie de cette requête ; retirez-le.');
    expect(french.body).toMatchObject({ type: `${PROBLEMS}validation-error`, title: 'Votre demande contient des champs invalides' });
  });

  it('speaks the other languages too: a token refused in German, Dutch and Arabic', async () => {
    const refused = (language: string) => t.http().get('/api/me').set('authorization', 'Bearer wg_nothing').set('accept-language', language);
    expect((await refused('de')).body.detail).toBe('Dieses Zugriffstoken ist nicht gültig (unbekannt, widerrufen oder abgelaufen).');
    expect((await refused('nl')).body.detail).toBe('Dit toegangstoken is niet geldig (onbekend, ingetrokken of verlopen).');
    expect((await refused('ar')).body.detail).toBe('رمز الوصول هذا غير صالح (غير معروف أو مُلغى أو منتهي الصلاحية).');
  });
});
