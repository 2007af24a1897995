import { Workbook, ValueType } from 'exceljs';
import type { Cell, Worksheet } from 'exceljs';
import { Readable } from 'node:stream';
import type request from 'supertest';
import type { Response } from 'supertest';
import { TestRegistry, TestUser, createItem, createRegistry, createUser, pledgeBody, reservationBody } from './support/factories';
import { TestApp, startTestApp } from './support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ RATE_LIMIT_RESERVATION_IP: '1000/3600', RATE_LIMIT_PLEDGE_IP: '1000/3600', RESERVATION_HOLD_AFTER: '100000' });
});
afterAll(() => t.close());

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HEADER = [
  'Gift',
  'Kind',
  'Quantity',
  'Amount',
  'Giver',
  'E-mail',
  'Address',
  'Message',
  'Stage',
  'Reserved/pledged at',
  'Bought at',
  'Received at',
  'Thanked at',
  'Thank-you note',
];
const col = (name: string) => HEADER.indexOf(name);

/** The raw bytes of a download, whatever its type. */
function binary(req: request.Test): request.Test {
  return req.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });
}

const download = (owner: TestUser, registry: TestRegistry, ext: 'csv' | 'xlsx') => binary(owner.agent().get(`/api/registries/${registry.id}/tracker.${ext}`));

/** The CSV as rows of strings, parsed by exceljs's CSV reader (fast-csv) with no conversion of values. */
async function parseCsv(bytes: Buffer): Promise<string[][]> {
  const sheet = await new Workbook().csv.read(Readable.from([bytes.toString('utf8').replace(/^\uFEFF/, '')]), { map: (value: unknown) => value });
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    rows.push(HEADER.map((_, i) => (row.getCell(i + 1).value as string | null) ?? ''));
  });
  return rows;
}

async function loadXlsx(bytes: Buffer, name = 'Tracker'): Promise<Worksheet> {
  const workbook = new Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  expect(workbook.worksheets.map((w) => w.name)).toEqual([name]);
  return workbook.worksheets[0];
}

function sheetRows(sheet: Worksheet): Cell[][] {
  const rows: Cell[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => rows.push(HEADER.map((_, i) => row.getCell(i + 1))));
  return rows;
}

function expectDownload(response: Response, type: string, ext: string, slug: string) {
  expect(response.status).toBe(200);
  expect(response.headers['content-type']).toBe(type);
  expect(response.headers['content-disposition']).toMatch(new RegExp(`^attachment; filename="${slug}-tracker-\\d{4}-\\d\\d-\\d\\d\\.${ext}"$`));
  expect(response.headers['cache-control']).toBe('private, no-store');
  // Streamed: sent as it is written, so no length is known up front.
  expect(response.headers['transfer-encoding']).toBe('chunked');
  expect(response.headers['content-length']).toBeUndefined();
}

/**
 * A registry in New York time with every kind of entry and every text a spreadsheet could trip on: a guest whose name
 * is a formula, a message starting with +, an address with quotes, a comma and a line break, a note starting with @.
 * Times are fixed in the database on both sides of the summer-time change.
 */
async function world(registryFields: Record<string, unknown> = {}) {
  const owner = await createUser(t);
  const registry = await createRegistry(owner, { timeZone: 'America/New_York', ...registryFields });
  const toaster = await createItem(owner, registry, { name: 'Toaster', quantity: 3, category: 'Kitchen' });
  const fund = await createItem(owner, registry, { name: 'Honeymoon', kind: 'fund' });
  const slug = registry.slug;
  const evil = await t
    .http()
    .post(`/api/public/registries/${slug}/reservations`)
    .send(
      reservationBody(toaster.id, {
        name: '=HYPERLINK("http://evil.example","win")',
        email: 'may@example.com',
        address: 'Casa "Azul", Rua 1\nLisboa',
        message: '+1 call me, maybe',
        quantity: 2,
      }),
    )
    .expect(201);
  const undone = await t
    .http()
    .post(`/api/public/registries/${slug}/reservations`)
    .send(reservationBody(toaster.id, { name: 'Uncle Tom', email: 'tom@example.com' }))
    .expect(201);
  await t
    .http()
    .delete(`/api/public/reservations/${undone.body.undoToken as string}`)
    .expect(200);
  const ann = await t
    .http()
    .post(`/api/public/registries/${slug}/pledges`)
    .send(pledgeBody(fund.id, { name: 'Ann', email: 'ann@example.com', amount: 7550 }))
    .expect(201);
  await owner
    .agent()
    .patch(`/api/registries/${registry.id}/tracker/p-${ann.body.pledge.id as string}`)
    .send({ received: true, thanked: true, note: '@thanks sent' })
    .expect(200);
  const rose = await owner
    .agent()
    .post(`/api/registries/${registry.id}/tracker`)
    .send({ giver: 'Grandma Rose', description: '-quilt', note: 'ñandú ♥' })
    .expect(201);

  const r = evil.body.reservation.id as string;
  const p = ann.body.pledge.id as string;
  const o = (rose.body.id as string).slice(2);
  // 03:30 UTC on 4 July is 23:30 on 3 July in New York (EDT, UTC-4); 17:05 UTC on 24 December is 12:05 (EST, UTC-5).
  await t.db.query("UPDATE reservations SET created_at = '2026-07-04T03:30:00Z', bought_at = '2026-07-05T12:00:00Z' WHERE id = $1", [r]);
  await t.db.query("UPDATE reservations SET created_at = '2026-07-01T10:00:00Z' WHERE id = $1", [undone.body.reservation.id]);
  await t.db.query(
    "UPDATE pledges SET created_at = '2026-08-01T16:00:00Z', received_at = '2026-12-20T09:00:00Z', thanked_at = '2026-12-24T17:05:00Z' WHERE id = $1",
    [p],
  );
  await t.db.query("UPDATE offline_gifts SET created_at = '2026-12-25T05:00:00Z', received_at = '2026-12-25T05:00:00Z' WHERE id = $1", [o]);
  return { owner, registry };
}

describe('the CSV export', () => {
  it('streams every entry (cancelled too), formulas defused, quoting intact, dates in the registry time zone', async () => {
    const { owner, registry } = await world();
    const response = await download(owner, registry, 'csv');
    expectDownload(response, 'text/csv; charset=utf-8', 'csv', registry.slug);
    const text = (response.body as Buffer).toString('utf8');
    expect(text.startsWith('\uFEFF"Gift","Kind",')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);

    const [header, ...rows] = await parseCsv(response.body as Buffer);
    expect(header).toEqual(HEADER);
    // Newest first: Rose (25 Dec), Ann (1 Aug), the guest with the formula name (4 Jul), Tom (1 Jul, undone).
    expect(rows).toEqual([
      ["'-quilt", 'outside the list', '', '', 'Grandma Rose', '', '', 'ñandú ♥', 'received', '2026-12-25 00:00', '', '2026-12-25 00:00', '', ''],
      [
        'Honeymoon',
        'pledge',
        '',
        '75.50',
        'Ann',
        'ann@example.com',
        '',
        '',
        'thanked',
        '2026-08-01 12:00',
        '',
        '2026-12-20 04:00',
        '2026-12-24 12:05',
        "'@thanks sent",
      ],
      [
        'Toaster',
        'reservation',
        '2',
        '',
        `'=HYPERLINK("http://evil.example","win")`,
        'may@example.com',
        'Casa "Azul", Rua 1\nLisboa',
        "'+1 call me, maybe",
        'bought',
        '2026-07-03 23:30',
        '2026-07-05 08:00',
        '',
        '',
        '',
      ],
      ['Toaster', 'reservation', '1', '', 'Uncle Tom', 'tom@example.com', '', '', 'cancelled', '2026-07-01 06:00', '', '', '', ''],
    ]);
  });

  it('leaves the guest columns empty while surprise mode hides them (not the couple’s own entries)', async () => {
    const { owner, registry } = await world();
    await owner.agent().patch(`/api/registries/${registry.id}`).send({ surpriseMode: true, revealDate: '2099-01-01' }).expect(200);
    const response = await download(owner, registry, 'csv');
    const text = (response.body as Buffer).toString('utf8');
    expect(text).not.toMatch(/HYPERLINK|may@example|Casa|call me|Ann|Uncle Tom/);
    const [, ...rows] = await parseCsv(response.body as Buffer);
    expect(rows.map((row) => row[col('Giver')])).toEqual(['Grandma Rose', '', '', '']);
    expect(rows.map((row) => row[col('Stage')])).toEqual(['received', 'thanked', 'bought', 'cancelled']);
  });
});

describe('the XLSX export', () => {
  it('has the same rows as cells: defused text, numbers, and date cells showing New York wall-clock time; no formula anywhere', async () => {
    const { owner, registry } = await world();
    const response = await download(owner, registry, 'xlsx');
    expectDownload(response, XLSX_TYPE, 'xlsx', registry.slug);
    const sheet = await loadXlsx(response.body as Buffer);
    const [header, rose, ann, may, tom] = sheetRows(sheet);
    expect(sheetRows(sheet)).toHaveLength(5);
    expect(header.map((c) => c.value)).toEqual(HEADER);
    expect(header[0].font?.bold).toBe(true);
    for (const row of sheetRows(sheet)) for (const cell of row) expect(cell.type).not.toBe(ValueType.Formula);

    const values = (row: Cell[]) => row.map((c) => (c.value instanceof Date ? c.value.toISOString() : c.value));
    expect(values(rose)).toEqual([
      "'-quilt",
      'outside the list',
      null,
      null,
      'Grandma Rose',
      null,
      null,
      'ñandú ♥',
      'received',
      '2026-12-25T00:00:00.000Z',
      null,
      '2026-12-25T00:00:00.000Z',
      null,
      null,
    ]);
    expect(values(ann)).toEqual([
      'Honeymoon',
      'pledge',
      null,
      75.5,
      'Ann',
      'ann@example.com',
      null,
      null,
      'thanked',
      '2026-08-01T12:00:00.000Z',
      null,
      '2026-12-20T04:00:00.000Z',
      '2026-12-24T12:05:00.000Z',
      "'@thanks sent",
    ]);
    expect(values(may)).toEqual([
      'Toaster',
      'reservation',
      2,
      null,
      `'=HYPERLINK("http://evil.example","win")`,
      'may@example.com',
      'Casa "Azul", Rua 1\nLisboa',
      "'+1 call me, maybe",
      'bought',
      '2026-07-03T23:30:00.000Z',
      '2026-07-05T08:00:00.000Z',
      null,
      null,
      null,
    ]);
    expect(values(tom)).toEqual([
      'Toaster',
      'reservation',
      1,
      null,
      'Uncle Tom',
      'tom@example.com',
      null,
      null,
      'cancelled',
      '2026-07-01T06:00:00.000Z',
      null,
      null,
      null,
      null,
    ]);
    expect(ann[col('Amount')].numFmt).toBe('0.00');
    expect(may[col('Reserved/pledged at')].numFmt).toBe('yyyy-mm-dd hh:mm');
    expect(ann[col('Thanked at')].type).toBe(ValueType.Date);
  });

  it('pages through a large tracker without losing or repeating a row; a currency without decimals gets whole numbers', async () => {
    const { owner, registry } = await world({ currency: 'JPY' });
    const mug = await createItem(owner, registry, { name: 'Mug' });
    // 1,203 more reservations, straight into the table: more than two of the export's batches.
    await t.db.query(
      `INSERT INTO reservations (registry_id, item_id, quantity, guest_name, guest_email, undo_token_hash, created_at)
       SELECT $1, $2, 1, 'Guest ' || n, 'g' || n || '@example.com', md5(random()::text || n), '2026-09-01T00:00:00Z'::timestamptz + n * interval '1 minute'
         FROM generate_series(1, 1203) AS n`,
      [registry.id, mug.id],
    );
    await owner.agent().post(`/api/registries/${registry.id}/tracker`).send({ giver: 'Aunt Kei', description: 'Cash', amount: 5000 }).expect(201);
    const csv = await parseCsv((await download(owner, registry, 'csv')).body as Buffer);
    const xlsx = sheetRows(await loadXlsx((await download(owner, registry, 'xlsx')).body as Buffer));
    for (const names of [csv.slice(1).map((row) => row[col('Giver')]), xlsx.slice(1).map((row) => row[col('Giver')].value as string)]) {
      expect(names).toHaveLength(1203 + 5);
      expect(new Set(names).size).toBe(1203 + 5);
      expect(names).toEqual(expect.arrayContaining(['Guest 1', 'Guest 1203', 'Aunt Kei', 'Grandma Rose']));
    }
    expect(csv.find((row) => row[col('Giver')] === 'Aunt Kei')?.slice(0, 5)).toEqual(['Cash', 'outside the list', '', '5000', 'Aunt Kei']);
    const kei = xlsx.find((row) => row[col('Giver')].value === 'Aunt Kei')!;
    expect(kei[col('Amount')].value).toBe(5000);
    expect(kei[col('Amount')].numFmt).toBe('0');
    expect(csv.find((row) => row[col('Giver')] === 'Ann')?.[col('Amount')]).toBe('7550');
  });
});

describe('in the registry language', () => {
  const GERMAN = ['Geschenk', 'Art', 'Anzahl', 'Betrag', 'Schenkende', 'E-Mail', 'Adresse', 'Nachricht', 'Stand'];

  it('a German registry exports German headers, kinds and stages, in the CSV and the XLSX; the data as written', async () => {
    const { owner, registry } = await world({ language: 'de' });
    const [header, rose, ann] = await parseCsv((await download(owner, registry, 'csv')).body as Buffer);
    expect(header.slice(0, 9)).toEqual(GERMAN);
    expect(header.slice(9)).toEqual(['Reserviert/zugesagt am', 'Gekauft am', 'Erhalten am', 'Bedankt am', 'Dankeskarte']);
    expect(rose.slice(0, 2)).toEqual(["'-quilt", 'außerhalb der Liste']);
    expect(rose[col('Stage')]).toBe('erhalten');
    expect([ann[col('Kind')], ann[col('Stage')], ann[col('Amount')], ann[col('Reserved/pledged at')]]).toEqual([
      'Beitrag',
      'bedankt',
      '75.50',
      '2026-08-01 12:00',
    ]);

    const sheet = await loadXlsx((await download(owner, registry, 'xlsx')).body as Buffer, 'Übersicht');
    expect(
      sheetRows(sheet)[0]
        .map((c) => c.value)
        .slice(0, 9),
    ).toEqual(GERMAN);
  });
});

describe('who may download', () => {
  it('another couple gets a problem+json 404, no one signed in a 401, and a bad id a 400, before any byte of a file', async () => {
    const { registry } = await world();
    const stranger = await createUser(t);
    for (const ext of ['csv', 'xlsx'] as const) {
      const theirs = await stranger.agent().get(`/api/registries/${registry.id}/tracker.${ext}`);
      expect(theirs.status).toBe(404);
      expect(theirs.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect((await t.http().get(`/api/registries/${registry.id}/tracker.${ext}`)).status).toBe(401);
      expect((await stranger.agent().get(`/api/registries/not-a-uuid/tracker.${ext}`)).status).toBe(400);
    }
  });
});
