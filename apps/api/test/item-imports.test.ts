import { Workbook } from 'exceljs';
import type request from 'supertest';
import { createItem, createRegistry, createUser, insertItems, TestRegistry, TestUser } from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

/**
 * Gifts from a spreadsheet (issue 18 part 4): a dry run previews each row with its errors; a commit adds every row in
 * one transaction (one version bump) or none; the plan's item limit, ownership, bad files and the export → import
 * round trip, against real PostgreSQL and Redis.
 */
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ RATE_LIMIT_ITEM_IMPORT_ACCOUNT: '12/3600' });
});
afterAll(() => t.close());

interface Couple {
  owner: TestUser;
  registry: TestRegistry;
}

async function couple(fields: Record<string, unknown> = {}, plan = 'premium'): Promise<Couple> {
  const owner = await createUser(t);
  const registry = await createRegistry(owner, fields);
  await t.db.query('UPDATE registries SET plan = $2 WHERE id = $1', [registry.id, plan]);
  return { owner, registry };
}

const importFile = (c: Couple, file: Buffer | string, { dryRun, filename = 'gifts.csv' }: { dryRun?: boolean; filename?: string } = {}) =>
  c.owner
    .agent()
    .post(`/api/registries/${c.registry.id}/items/import${dryRun === undefined ? '' : `?dryRun=${dryRun}`}`)
    .attach('file', Buffer.isBuffer(file) ? file : Buffer.from(file, 'utf8'), filename);

const csv = (...lines: string[]) => `${lines.join('\r\n')}\r\n`;
const HEADER = 'name,description,url,price min,price max,quantity,kind,target,category,priority';

const versionOf = async (registry: TestRegistry) =>
  ((await t.db.query('SELECT version::int AS version FROM registries WHERE id = $1', [registry.id])) as { version: number }[])[0].version;
const itemsOf = async (registry: TestRegistry) =>
  (await t.db.query(
    `SELECT name, description, url, price_min::int AS "priceMin", price_max::int AS "priceMax", quantity, kind, target_amount::int AS "targetAmount",
            category, priority, position FROM items WHERE registry_id = $1 ORDER BY position`,
    [registry.id],
  )) as Record<string, unknown>[];

const SAMPLE = csv(
  HEADER,
  'A toaster that cooks crumpets,Two wide slots,https://shop.example/toaster,40.00,"60,50",2,gift,,Kitchen,high',
  'Honeymoon fund,Towards Lisbon,,,,,fund,2000,Honeymoon,',
  'Espresso machine,,,,,,group-gift,449.9,Kitchen,low',
  'Board games,,,,,unlimited,,,,',
);

describe('POST /api/registries/{registryId}/items/import', () => {
  it('previews every row on a dry run (the default) and writes nothing', async () => {
    const c = await couple();
    const before = await versionOf(c.registry);
    const response = await importFile(c, SAMPLE).expect(200);
    expect(response.body.created).toBe(0);
    expect(response.body.errors).toEqual([]);
    expect(response.body.rows).toEqual([
      {
        row: 2,
        name: 'A toaster that cooks crumpets',
        description: 'Two wide slots',
        url: 'https://shop.example/toaster',
        priceMin: 4000,
        priceMax: 6050,
        quantity: 2,
        kind: 'gift',
        targetAmount: null,
        category: 'Kitchen',
        priority: 'high',
        valid: true,
      },
      expect.objectContaining({ row: 3, name: 'Honeymoon fund', kind: 'fund', targetAmount: 200000, quantity: null, priority: 'medium' }),
      expect.objectContaining({ row: 4, name: 'Espresso machine', kind: 'group-gift', targetAmount: 44990, priority: 'low' }),
      expect.objectContaining({ row: 5, name: 'Board games', kind: 'gift', quantity: null }),
    ]);
    expect(await itemsOf(c.registry)).toEqual([]);
    expect(await versionOf(c.registry)).toBe(before);
  });

  it('commits every row with dryRun=false, in order after the existing gifts, with one version bump', async () => {
    const c = await couple();
    await createItem(c.owner, c.registry, { name: 'Already there' });
    const before = await versionOf(c.registry);
    const response = await importFile(c, SAMPLE, { dryRun: false }).expect(200);
    expect(response.body).toMatchObject({ created: 4, errors: [] });
    expect(await versionOf(c.registry)).toBe(before + 1);
    const items = await itemsOf(c.registry);
    expect(items.map((i) => [i.name, i.position])).toEqual([
      ['Already there', 0],
      ['A toaster that cooks crumpets', 1],
      ['Honeymoon fund', 2],
      ['Espresso machine', 3],
      ['Board games', 4],
    ]);
    expect(items[1]).toMatchObject({ priceMin: 4000, priceMax: 6050, quantity: 2, kind: 'gift', category: 'Kitchen', priority: 'high' });
    expect(items[2]).toMatchObject({ kind: 'fund', targetAmount: 200000, quantity: null });
    // The owner's list (and its cache) shows them at once.
    const list = await c.owner.agent().get(`/api/registries/${c.registry.id}/items`).expect(200);
    expect(list.body).toHaveLength(5);
  });

  it('lists each row’s errors with row number, column, code and message, and a commit with errors adds nothing (422)', async () => {
    const c = await couple();
    const file = csv(
      HEADER,
      ',no name,,,,,,,,',
      'Bad price,,,abc,,,,,,',
      'Too precise,,,1.999,,,,,,',
      'Wrong kind,,,,,,present,,,',
      'Group gift without target,,,,,,group-gift,,,',
      'Gift with target,,,,,,gift,50,,',
      'Fund with units,,,,,3,fund,,,',
      'Bad link,,ftp://example.com/x,,,,,,,',
      'Backwards,,,60,40,,,,,',
      'Zero,,,,,0,,,,',
      'Fine,,,,,,,,,',
    );
    const response = await importFile(c, file).expect(200);
    const errors = response.body.errors as { row: number; column: string; code: string; message: string }[];
    expect(errors.map(({ row, column, code }) => [row, column, code])).toEqual([
      [2, 'name', 'required'],
      [3, 'price min', 'not-a-number'],
      [4, 'price min', 'invalid'],
      [5, 'kind', 'not-one-of'],
      [6, 'target', 'required'],
      [7, 'target', 'not-applicable'],
      [8, 'quantity', 'not-applicable'],
      [9, 'url', 'invalid-url'],
      [10, 'price max', 'too-small'],
      [11, 'quantity', 'too-small'],
    ]);
    expect(errors[1].message).toBe('price min must be an amount such as 49.90 or 49,90 (got "abc").');
    expect(errors[4].message).toBe('A group-gift needs a target (its price).');
    expect(errors[8].message).toBe('price max must be at least 60.00.');
    expect(response.body.rows.map((r: { valid: boolean }) => r.valid)).toEqual([false, false, false, false, false, false, false, false, false, false, true]);

    const commit = await importFile(c, file, { dryRun: false }).expect(422);
    expect(commit.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(commit.body.type).toBe('https://whispergifts.com/problems/import-has-errors');
    expect(commit.body.detail).toBe('10 of 11 rows have errors, so nothing was added. Fix them and import again.');
    expect(commit.body.rowErrors).toHaveLength(10);
    expect(await itemsOf(c.registry)).toEqual([]);
  });

  it('reads semicolon CSV with decimal commas (European Excel), any header case, and the currency’s own decimals', async () => {
    const c = await couple({ currency: 'JPY' });
    const file = '\uFEFFName;Price_Min;PRICE MAX;Quantity\r\nKettle;4990;5500;1\r\n\r\nRice cooker;"12,5";;\r\n';
    const response = await importFile(c, file).expect(200);
    expect(response.body.rows.map((r: { row: number; priceMin: number }) => [r.row, r.priceMin])).toEqual([
      [2, 4990],
      [4, null],
    ]);
    expect(response.body.errors).toEqual([{ row: 4, column: 'price min', code: 'invalid', message: 'price min has more decimals than JPY has (0).' }]);
  });

  it('reads an XLSX workbook: numbers, formula results and links as the couple sees them', async () => {
    const c = await couple();
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('Gifts');
    sheet.addRow(['name', 'price min', 'price max', 'url', 'quantity']);
    sheet.addRow(['Kettle', 49.9, { formula: 'B2*2', result: 99.8 }, { text: 'https://shop.example/kettle', hyperlink: 'https://shop.example/kettle' }, 2]);
    sheet.addRow([]);
    sheet.addRow([{ richText: [{ text: 'Tea ' }, { text: 'pot', font: { bold: true } }] }]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const response = await importFile(c, bytes, { filename: 'gifts.xlsx', dryRun: false }).expect(200);
    expect(response.body.errors).toEqual([]);
    expect(response.body.created).toBe(2);
    expect(await itemsOf(c.registry)).toEqual([
      expect.objectContaining({ name: 'Kettle', priceMin: 4990, priceMax: 9980, url: 'https://shop.example/kettle', quantity: 2 }),
      expect.objectContaining({ name: 'Tea pot', priceMin: null, quantity: 1 }),
    ]);
  });

  it.each([
    ['an empty file', Buffer.alloc(0), 422, /empty/],
    ['a PNG', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), 415, /neither a CSV nor an XLSX/],
    ['Latin-1 text', Buffer.from('name\r\nCaf\xe9 set\r\n', 'latin1'), 415, /not UTF-8/],
    ['UTF-16 text', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('name\r\nKettle\r\n', 'utf16le')]), 415, /not UTF-8/],
    ['an old .xls', Buffer.from('d0cf11e0a1b11ae1', 'hex'), 415, /old Excel file/],
    ['a ZIP that unpacks to gigabytes', zipDeclaring(4_000_000_000), 413, /unpacks to more than 32 MB/],
    ['a damaged workbook', Buffer.from('PK\x03\x04 not really a zip', 'latin1'), 422, /damaged/],
    ['unknown columns', Buffer.from('name,prize max\r\nKettle,40\r\n'), 422, /"prize max"/],
    ['no name column', Buffer.from('description,url\r\nnice,\r\n'), 422, /at least "name"/],
    ['a column twice', Buffer.from('name,Name\r\nKettle,Kettle\r\n'), 422, /"name" more than once/],
    ['only a header', Buffer.from(`${HEADER}\r\n`), 422, /no gifts below it/],
    ['an unclosed quote', Buffer.from('name\r\n"Kettle\r\n'), 422, /could not be read/],
  ])('refuses %s with problem+json, writing nothing', async (_, file, status, detail) => {
    const c = await couple();
    const response = await importFile(c, file, { dryRun: false }).expect(status);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.type).toBe('https://whispergifts.com/problems/spreadsheet-unreadable');
    expect(response.body.detail).toMatch(detail);
    expect(await itemsOf(c.registry)).toEqual([]);
  });

  it('refuses a file over the byte limit (413) and a body that is not multipart (415)', async () => {
    const c = await couple();
    const big = await importFile(c, `name\r\n${'x'.repeat(2 * 1024 * 1024 + 10)}\r\n`).expect(413);
    expect(big.body.type).toBe('https://whispergifts.com/problems/payload-too-large');
    const json = await c.owner.agent().post(`/api/registries/${c.registry.id}/items/import`).send({ name: 'x' }).expect(415);
    expect(json.body.type).toBe('https://whispergifts.com/problems/unsupported-media-type');
  });

  it('takes at most 500 rows: 500 are added in one go, 501 are refused', async () => {
    const c = await couple();
    const rows = (n: number) => csv('name,price min', ...Array.from({ length: n }, (_, i) => `Gift ${i + 1},${i + 1}`));
    const tooMany = await importFile(c, rows(501)).expect(422);
    expect(tooMany.body.detail).toBe('A file holds at most 500 gifts; this one has 501. Split it in two.');
    const before = await versionOf(c.registry);
    const response = await importFile(c, rows(500), { dryRun: false }).expect(200);
    expect(response.body.created).toBe(500);
    expect(await versionOf(c.registry)).toBe(before + 1);
    const [{ n }] = (await t.db.query('SELECT count(*)::int AS n FROM items WHERE registry_id = $1', [c.registry.id])) as { n: number }[];
    expect(n).toBe(500);
  });

  it('holds a Free list to its plan: rows past its limit are a 403 plan-limit, on the dry run and the commit, and nothing is written', async () => {
    const c = await couple({}, 'free');
    await insertItems(t, c.registry.id, 38);
    const three = csv('name', 'One', 'Two', 'Three');
    for (const dryRun of [true, false]) {
      const response = await importFile(c, three, { dryRun }).expect(403);
      expect(response.body.type).toBe('https://whispergifts.com/problems/plan-limit');
      expect(response.body.requiredPlan).toBe('standard');
    }
    const [{ n }] = (await t.db.query('SELECT count(*)::int AS n FROM items WHERE registry_id = $1', [c.registry.id])) as { n: number }[];
    expect(n).toBe(38);
    // Two still fit.
    await importFile(c, csv('name', 'One', 'Two'), { dryRun: false }).expect(200);
  });

  it('is for the owners only: another couple gets 404 (their file unread), no session 401', async () => {
    const c = await couple();
    const stranger = await couple();
    const response = await stranger.owner
      .agent()
      .post(`/api/registries/${c.registry.id}/items/import?dryRun=false`)
      .attach('file', Buffer.from(SAMPLE), 'gifts.csv')
      .expect(404);
    expect(response.body.type).toBe('https://whispergifts.com/problems/not-found');
    await t.http().post(`/api/registries/${c.registry.id}/items/import`).attach('file', Buffer.from(SAMPLE), 'gifts.csv').expect(401);
    await stranger.owner.agent().get(`/api/registries/${c.registry.id}/items/export.csv`).expect(404);
    expect(await itemsOf(c.registry)).toEqual([]);
  });

  it('is limited per account (429 with Retry-After)', async () => {
    const c = await couple();
    for (let i = 0; i < 12; i++) await importFile(c, csv('name', 'One')).expect(200);
    const response = await importFile(c, csv('name', 'One')).expect(429);
    expect(response.headers['retry-after']).toBeDefined();
  });

  it('refuses a dryRun that is not true or false', async () => {
    const c = await couple();
    const response = await importFile(c, SAMPLE, { dryRun: 'maybe' as unknown as boolean }).expect(400);
    expect(response.body.errors[0]).toMatchObject({ pointer: '#/dryRun' });
  });
});

describe('GET /api/registries/{registryId}/items/export.csv', () => {
  it('writes the import format, so an exported list imports into another registry as it was (formulas defused and restored)', async () => {
    const from = await couple();
    const gifts = [
      {
        name: 'Toaster',
        description: 'Two slots, "wide"',
        url: 'https://shop.example/t',
        priceMin: 4000,
        priceMax: 6050,
        quantity: 2,
        category: 'Kitchen',
        priority: 'high',
      },
      { name: '=HYPERLINK("http://evil.example")', description: '-2 cups, +1 lid', quantity: null },
      { name: 'Honeymoon', kind: 'fund', targetAmount: 200000 },
      { name: 'Open fund', kind: 'fund' },
      { name: 'Sofa', kind: 'group-gift', targetAmount: 89999, category: 'Home', priority: 'low' },
    ];
    for (const gift of gifts) await createItem(from.owner, from.registry, gift);
    const archived = await createItem(from.owner, from.registry, { name: 'Old idea' });
    await from.owner.agent().patch(`/api/registries/${from.registry.id}/items/${archived.id}`).send({ archived: true }).expect(200);

    const exported = await binary(from.owner.agent().get(`/api/registries/${from.registry.id}/items/export.csv`)).expect(200);
    expect(exported.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(exported.headers['content-disposition']).toMatch(/^attachment; filename=".+-gifts-\d{4}-\d{2}-\d{2}\.csv"$/);
    const text = (exported.body as Buffer).toString('utf8');
    expect(text.split('\r\n').slice(0, 3)).toEqual([
      '\uFEFF"name","description","url","price min","price max","quantity","kind","target","category","priority"',
      '"Toaster","Two slots, ""wide""","https://shop.example/t",40.00,60.50,2,"gift",,"Kitchen","high"',
      `"'=HYPERLINK(""http://evil.example"")","'-2 cups, +1 lid",,,,"unlimited","gift",,,"medium"`,
    ]);
    expect(text).not.toContain('Old idea');

    const to = await couple();
    const response = await importFile(to, Buffer.from(text, 'utf8'), { dryRun: false }).expect(200);
    expect(response.body).toMatchObject({ created: 5, errors: [] });
    const strip = (rows: Record<string, unknown>[]) => rows.map(({ position: _, ...rest }) => rest);
    const original = (await itemsOf(from.registry)).filter((i) => i.name !== 'Old idea');
    expect(strip(await itemsOf(to.registry))).toEqual(strip(original));
  });

  it('offers a template (CSV and XLSX) in the registry’s currency that imports without errors', async () => {
    const c = await couple({ currency: 'JPY' });
    const template = await binary(c.owner.agent().get(`/api/registries/${c.registry.id}/items/import-template.csv`)).expect(200);
    expect((template.body as Buffer).toString('utf8').split('\r\n')[2]).toBe(
      '"Honeymoon fund","Towards our trip to Lisbon",,,,,"fund",2000,"Honeymoon","medium"',
    );
    expect((await importFile(c, template.body as Buffer).expect(200)).body.errors).toEqual([]);
    const xlsx = await binary(c.owner.agent().get(`/api/registries/${c.registry.id}/items/import-template.xlsx`)).expect(200);
    const preview = await importFile(c, xlsx.body as Buffer, { filename: 'template.xlsx' }).expect(200);
    expect(preview.body.errors).toEqual([]);
    expect(preview.body.rows.map((r: { kind: string }) => r.kind)).toEqual(['gift', 'fund', 'group-gift']);
  });
});

/** The raw bytes of a download. */
function binary(req: request.Test): request.Test {
  return req.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });
}

/** A ZIP (local header, central directory, end record) whose one entry declares `size` bytes unpacked. */
function zipDeclaring(size: number): Buffer {
  const name = Buffer.from('xl/sharedStrings.xml');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt32LE(size, 24);
  central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(local.length + name.length, 16);
  return Buffer.concat([local, name, central, name, end]);
}

describe('the import in another language', () => {
  it('says each row’s problems, the commit’s refusal and a bad file in the language asked for, keeping code and column', async () => {
    const c = await couple();
    const file = csv(HEADER, ',no name,,,,,,,,', 'Bad price,,,abc,,,,,,', 'Backwards,,,60,40,,,,,', 'Wrong kind,,,,,,present,,,', 'Fine,,,,,,,,,');
    const preview = await importFile(c, file).set('Accept-Language', 'de-DE,de;q=0.9').expect(200);
    const errors = preview.body.errors as { row: number; column: string; code: string; message: string }[];
    expect(errors.map(({ row, column, code }) => [row, column, code])).toEqual([
      [2, 'name', 'required'],
      [3, 'price min', 'not-a-number'],
      [4, 'price max', 'too-small'],
      [5, 'kind', 'not-one-of'],
    ]);
    expect(errors.map((e) => e.message)).toEqual([
      '„name“ muss ausgefüllt sein.',
      '„price min“ muss ein Betrag sein, etwa 49.90 oder 49,90 (angegeben: „abc“).',
      '„price max“ muss mindestens 60,00 sein.',
      '„kind“ muss gift, fund oder group-gift sein.',
    ]);

    const commit = await importFile(c, file, { dryRun: false }).set('Accept-Language', 'de').expect(422);
    expect(commit.body.type).toBe('https://whispergifts.com/problems/import-has-errors');
    expect(commit.body.detail).toBe('4 von 5 Zeilen enthalten Fehler, daher wurde nichts hinzugefügt. Bitte korrigieren Sie sie und importieren Sie erneut.');
    expect((commit.body.rowErrors as { message: string }[])[0].message).toBe('„name“ muss ausgefüllt sein.');

    const unknown = await importFile(c, 'name,prize max\r\nKettle,40\r\n').set('Accept-Language', 'de').expect(422);
    expect(unknown.body.type).toBe('https://whispergifts.com/problems/spreadsheet-unreadable');
    expect(unknown.body.detail).toBe(
      'Die erste Zeile nennt Spalten, die dieser Import nicht kennt: "prize max". Die Spalten sind: name, description, url, price min, price max, quantity, kind, target, category, priority.',
    );
    const empty = await importFile(c, Buffer.alloc(0)).set('Accept-Language', 'de').expect(422);
    expect(empty.body.detail).toBe('Die Datei ist leer. Wählen Sie eine CSV- oder XLSX-Datei mit einer Kopfzeile und einem Geschenk pro Zeile.');
    const big = await importFile(c, `name\r\n${'x'.repeat(2 * 1024 * 1024 + 10)}\r\n`)
      .set('Accept-Language', 'de')
      .expect(413);
    expect(big.body).toMatchObject({
      type: 'https://whispergifts.com/problems/payload-too-large',
      detail: 'Die Datei ist größer als 2 MB, die Höchstgröße für eine Tabelle. Bitte teilen Sie sie in zwei Dateien.',
      maxBytes: 2 * 1024 * 1024,
    });
  });

  it('writes the template’s examples in the registry’s language, under the same column ids, and it imports as it is', async () => {
    const c = await couple({ language: 'de' });
    const template = await binary(c.owner.agent().get(`/api/registries/${c.registry.id}/items/import-template.csv`)).expect(200);
    const lines = (template.body as Buffer).toString('utf8').split('\r\n');
    expect(lines[0]).toBe('\uFEFF"name","description","url","price min","price max","quantity","kind","target","category","priority"');
    expect(lines[2]).toBe('"Geldtopf für die Flitterwochen","Für unsere Reise nach Lissabon",,,,,"fund",2000.00,"Flitterwochen","medium"');
    expect((await importFile(c, template.body as Buffer).expect(200)).body.errors).toEqual([]);
    const xlsx = await binary(c.owner.agent().get(`/api/registries/${c.registry.id}/items/import-template.xlsx`)).expect(200);
    const workbook = new Workbook();
    await workbook.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    expect(workbook.worksheets[0].name).toBe('Geschenke');
    expect(workbook.worksheets[0].getRow(2).getCell(1).value).toBe('Ein Toaster für dicke Scheiben');
  });
});
