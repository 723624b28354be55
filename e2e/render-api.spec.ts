import { expect, test } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { CHART_SPEC, decodedImage, encode, expectErrorBody, SPEC, TAIWAN_SPEC, TARGET_SPECS, WHITEBOARD_SPEC } from './fixtures';

const RASTER = ['png', 'webp'] as const;

for (const [kind, spec] of Object.entries(TARGET_SPECS)) {
  test.describe(`render API smoke table: ${kind} × every format × POST/GET`, () => {
    for (const method of ['POST', 'GET'] as const) {
      for (const format of [...RASTER, 'svg'] as const) {
        test(`${method} ${format}`, async ({ request }) => {
          const response =
            method === 'POST'
              ? await request.post(`/api/render?format=${format}`, { data: spec })
              : await request.get(`/api/render?format=${format}&spec=${encode(spec)}`);
          expect(response.status()).toBe(200);
          expect(response.headers()['content-type']).toContain(format === 'svg' ? 'image/svg+xml' : `image/${format}`);
          expect(response.headers()['etag']).toMatch(/^"[\w-]{43}"$/);
          const image = await decodedImage(response, format);
          expect(image.width).toBe(800);
          expect(image.height).toBe(Number(response.headers()['x-glimpse-height']));
          if (format === 'svg') expect(image.body.toString()).toContain(`<title id="glimpse-title">${spec.title}</title>`);
        });
      }
      test(`${method} pdf`, async ({ request }) => {
        const response =
          method === 'POST' ? await request.post('/api/render?format=pdf', { data: spec }) : await request.get(`/api/render?format=pdf&spec=${encode(spec)}`);
        expect(response.status()).toBe(200);
        expect(response.headers()['content-type']).toBe('application/pdf');
        const body = await response.body();
        expect(response.headers()['content-length']).toBe(String(body.length));
        const pdf = await PDFDocument.load(body);
        expect(pdf.getPageCount()).toBe(1);
        expect(Math.round(pdf.getPage(0).getSize().width)).toBe(800);
        expect(pdf.getTitle()).toBe(spec.title);
      });
    }

    for (const format of RASTER) {
      test(`${format} at ?scale=2 doubles the pixels`, async ({ request }) => {
        const response = await request.post(`/api/render?format=${format}&scale=2`, { data: spec });
        const image = await decodedImage(response, format);
        expect(image.width).toBe(1600);
      });
    }
  });
}

test('chart data as CSV; an infographic has none (406)', async ({ request }) => {
  const response = await request.get(`/api/render?format=csv&spec=${encode(CHART_SPEC)}`);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
  const text = (await response.text()).replace(/^\uFEFF/, '');
  expect(text.split('\r\n').slice(0, 2)).toEqual(['label,value', 'New Taipei,404.6']);
  const none = await request.post('/api/render?format=csv', { data: SPEC });
  await expectErrorBody(none, 406, 'unsupported_format', ['format']);
});

test('a whiteboard exports as an .excalidraw file; other kinds answer 406', async ({ request }) => {
  const response = await request.post('/api/render?format=excalidraw', { data: WHITEBOARD_SPEC });
  expect(response.status()).toBe(200);
  expect(response.headers()['content-disposition']).toMatch(/^attachment; filename=".+\.excalidraw"$/);
  const file = (await response.json()) as { type: string; elements: { type: string; text?: string }[] };
  expect(file.type).toBe('excalidraw');
  expect(file.elements.filter((element) => element.type === 'text').map((element) => element.text)).toEqual(expect.arrayContaining(['Browser', 'API', 'Database', 'HTTP']));
  await expectErrorBody(await request.post('/api/render?format=excalidraw', { data: SPEC }), 406, 'unsupported_format', ['format']);
});

test('a mermaid whiteboard renders through the warm Chromium pool', async ({ request }) => {
  const spec = { kind: 'whiteboard', title: 'Mermaid over HTTP', width: 800, mermaid: 'sequenceDiagram\n  Browser->>Glimpse: POST /api/render\n  Glimpse-->>Browser: image/png' };
  const responses = await Promise.all(Array.from({ length: 4 }, () => request.post('/api/render?format=png', { data: spec })));
  for (const response of responses) {
    expect(response.status()).toBe(200);
    expect((await decodedImage(response, 'png')).width).toBe(800);
  }
  const broken = await request.post('/api/render', { data: { ...spec, mermaid: 'flowchart LR\n  A --> ((' } });
  await expectErrorBody(broken, 400, 'invalid_spec', ['mermaid']);
});

test('Traditional Chinese renders (curl-able PNG)', async ({ request }) => {
  const response = await request.post('/api/render', { data: TAIWAN_SPEC });
  expect(response.status()).toBe(200);
  const image = await decodedImage(response, 'png');
  expect(image.width).toBe(1200);
  expect(decodeURIComponent(response.headers()['x-glimpse-alt'] ?? '')).toContain('台灣五大城市人口');
});

test('Accept negotiates the format and says Vary: Accept', async ({ request }) => {
  const response = await request.post('/api/render', { data: SPEC, headers: { accept: 'image/webp' } });
  expect(response.headers()['content-type']).toBe('image/webp');
  expect(response.headers()['vary']).toMatch(/Accept/);
  await decodedImage(response, 'webp');
});

test('strong ETag from content: same spec same tag, If-None-Match → 304', async ({ request }) => {
  const url = `/api/render?format=png&spec=${encode(SPEC)}`;
  const first = await request.get(url);
  const etag = first.headers()['etag'] ?? '';
  expect(first.headers()['cache-control']).toMatch(/immutable/);
  const again = await request.get(url);
  expect(again.headers()['etag']).toBe(etag);
  const notModified = await request.get(url, { headers: { 'if-none-match': etag } });
  expect(notModified.status()).toBe(304);
  expect((await notModified.body()).length).toBe(0);
  const posted = await request.post('/api/render?format=png', { data: SPEC, headers: { 'if-none-match': etag } });
  expect(posted.status()).toBe(304);
  const changed = await request.get(`/api/render?format=png&spec=${encode({ ...SPEC, title: 'Changed' })}`, { headers: { 'if-none-match': etag } });
  expect(changed.status()).toBe(200);
});

test('format=json returns { url, width, height, alt } and the url serves that image', async ({ request }) => {
  const response = await request.post('/api/render?format=json', { data: SPEC });
  expect(response.status()).toBe(200);
  const meta = (await response.json()) as { url: string; width: number; height: number; alt: string };
  expect(meta.width).toBe(800);
  expect(meta.alt).toMatch(/^Infographic: E2E test card\. Adoption: 42% \(\+3 pts\)\./);
  const image = await decodedImage(await request.get(meta.url), 'png');
  expect([image.width, image.height]).toEqual([meta.width, meta.height]);
});

test('stored specs: POST /api/specs → short immutable /i/<id>.<ext> URLs', async ({ request }) => {
  const created = await request.post('/api/specs', { data: SPEC });
  expect(created.status()).toBe(201);
  const stored = (await created.json()) as { id: string; url: string; urls: Record<string, string>; width: number; height: number };
  expect(stored.id).toMatch(/^[\w-]{22}$/);
  expect(new URL(stored.url).pathname).toBe(`/i/${stored.id}.png`);
  const again = (await (await request.post('/api/specs', { data: SPEC })).json()) as { id: string };
  expect(again.id).toBe(stored.id);
  for (const format of [...RASTER, 'svg'] as const) {
    const response = await request.get(new URL(stored.urls[format] ?? '').pathname);
    expect(response.status()).toBe(200);
    expect(response.headers()['cache-control']).toMatch(/immutable/);
    const image = await decodedImage(response, format);
    expect([image.width, image.height]).toEqual([stored.width, stored.height]);
  }
  const pdf = await request.get(`/i/${stored.id}.pdf`);
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
});

test('GET /api/schema is the JSON Schema (2020-12) of the union', async ({ request }) => {
  const response = await request.get('/api/schema');
  expect(response.status()).toBe(200);
  const schema = (await response.json()) as Record<string, unknown>;
  expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  expect(JSON.stringify(schema)).toContain('"infographic"');
});

test('GET /api/health', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  const health = await response.json();
  expect(health).toMatchObject({ status: 'ok', storage: 'ok', kinds: ['infographic', 'chart', 'slides', 'whiteboard'] });
  // The queue's expected wait, for a load balancer: a number of ms, 0 when nothing waits.
  expect(health.render).toMatchObject({ status: 'ok', workers: expect.any(Number), expectedWaitMs: expect.any(Number) });
  expect(health.render.expectedWaitMs).toBeGreaterThanOrEqual(0);
  // How late the server's thread runs (lib/http/event-loop.ts).
  expect(health.eventLoop).toMatchObject({ p99Ms: expect.any(Number), maxMs: expect.any(Number), windowMs: 10_000 });
  expect(health.eventLoop.maxMs).toBeGreaterThanOrEqual(health.eventLoop.p99Ms);
});

test('errors on image GETs come back as an error image with the error status', async ({ request }) => {
  const badIcon = encode({ ...SPEC, theme: { brand: { primary: 'red' } } });
  const response = await request.get(`/api/render?spec=${badIcon}`);
  expect(response.status()).toBe(400);
  expect(response.headers()['x-glimpse-error']).toBe('invalid_spec');
  const image = await decodedImage(response, 'png');
  expect(image.width).toBe(800);
  const missing = await request.get('/i/AAAAAAAAAAAAAAAAAAAAAA.png');
  expect(missing.status()).toBe(404);
  expect(missing.headers()['x-glimpse-error']).toBe('not_found');
  await decodedImage(missing, 'png');
  const svgError = await request.get(`/api/render?format=svg&spec=${badIcon}`);
  expect(svgError.status()).toBe(400);
  expect(svgError.headers()['x-glimpse-error']).toBe('invalid_spec');
  expect((await svgError.body()).toString()).toContain('hex colour');
});

test('POST /api/lint: findings with rule, severity and path; ?format=json carries the same lint; an unknown icon still renders', async ({ request }) => {
  const spec = { ...SPEC, sections: [{ type: 'icon-list', items: [{ icon: 'rockt', title: 'x' }] }] };
  const lint = await request.post('/api/lint', { data: spec });
  expect(lint.status()).toBe(200);
  const { findings } = (await lint.json()) as { findings: { rule: string; severity: string; path: unknown[]; message: string }[] };
  expect(findings).toEqual([expect.objectContaining({ rule: 'unknown-icon', severity: 'warning', path: ['sections', 0, 'items', 0, 'icon'], message: expect.stringContaining('drawn as "rocket"') })]);
  const described = await request.post('/api/render?format=json', { data: spec });
  expect(described.status()).toBe(200);
  expect(((await described.json()) as { lint: unknown }).lint).toEqual(findings);
  const image = await request.post('/api/render', { data: spec });
  expect(image.status()).toBe(200);
  expect((await decodedImage(image, 'png')).width).toBeGreaterThan(0);
  const clean = await request.post('/api/lint', { data: SPEC });
  expect(((await clean.json()) as { findings: unknown[] }).findings).toEqual([]);
  const invalid = await request.post('/api/lint', { data: { ...SPEC, title: '' } });
  expect(invalid.status()).toBe(400);
  await expectErrorBody(invalid, 400, 'invalid_spec', ['title']);
  const rules = (await (await request.get('/api/lint')).json()) as { rules: { id: string }[] };
  expect(rules.rules.map((rule) => rule.id)).toContain('unknown-icon');
});

test('POST /api/lint and ?format=json lint a deck\'s every slide: an embedded chart\'s overlap on slide 2, at its path under the slide', async ({ request }) => {
  const chart = (second: number) => ({ kind: 'chart', type: 'bar', data: [{ label: 'North', value: 42 }, { label: 'South', value: 31 }], annotations: [{ type: 'rule', value: 20, label: 'Target for the whole year' }, { type: 'rule', value: second, label: 'Stretch goal for the year' }] });
  const deck = (second: number) => ({ kind: 'slides', title: `Embeds ${Date.now()}`, slides: [{ layout: 'section', title: 'Sales' }, { layout: 'embed', title: 'By region', visual: chart(second) }] });
  const lint = await request.post('/api/lint', { data: deck(21) });
  expect(lint.status()).toBe(200);
  const { findings } = (await lint.json()) as { findings: { rule: string; severity: string; path: unknown[]; box?: { x: number; y: number } }[] };
  expect(findings).toContainEqual(expect.objectContaining({ rule: 'overlap', severity: 'error', path: ['slides', 1, 'visual', 'annotations', 1, 'label'] }));
  const described = await request.post('/api/render?format=json', { data: deck(21) });
  expect(((await described.json()) as { lint: unknown }).lint).toEqual(findings);
  const clean = (await (await request.post('/api/lint', { data: deck(40) })).json()) as { findings: { severity: string }[] };
  expect(clean.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
});

test('a repeated image GET (answered before Next.js routes it) is the same answer: status, headers, bytes, 304', async ({ request }) => {
  const spec = { ...SPEC, title: `Fast path ${Date.now()}` };
  const stored = (await (await request.post('/api/specs', { data: spec })).json()) as { id: string };
  const negotiatedUrl = `/api/render?spec=${encode(spec)}`;
  for (const [url, headers] of [[`/i/${stored.id}.png`, {}], [`/api/render?spec=${encode(spec)}&format=webp`, {}], [negotiatedUrl, { accept: 'image/svg+xml' }]] as const) {
    const first = await request.get(url, { headers });
    expect(first.status()).toBe(200);
    const repeat = await request.get(url, { headers });
    expect(repeat.status()).toBe(200);
    expect(repeat.headers()['x-glimpse-cache']).toBe('hit');
    expect(Buffer.compare(await repeat.body(), await first.body())).toBe(0);
    const comparable = (all: Record<string, string>) => Object.fromEntries(Object.entries(all).filter(([name]) => !['date', 'connection', 'keep-alive', 'x-glimpse-cache', 'transfer-encoding'].includes(name)));
    expect(comparable(repeat.headers())).toEqual(comparable(first.headers()));
    const notModified = await request.get(url, { headers: { ...headers, 'if-none-match': first.headers().etag! } });
    expect(notModified.status()).toBe(304);
    expect(notModified.headers().etag).toBe(first.headers().etag);
    expect(notModified.headers()['x-content-type-options']).toBe('nosniff');
    expect((await notModified.body()).byteLength).toBe(0);
  }
  // The negotiated URL asked with another Accept is another answer (routed again, not the SVG bytes).
  const png = await request.get(negotiatedUrl, { headers: { accept: 'image/png' } });
  expect(png.headers()['content-type']).toBe('image/png');
});

test('a POST answered beside Next.js (scripts/server.mjs, once Next has answered one) carries what Next would write: headers, Vary lines, bytes', async ({ request }) => {
  // The first POST of a server goes through Next.js, which teaches the server its own headers; this makes sure one has.
  expect((await request.post('/api/render?format=png', { data: SPEC })).status()).toBe(200);
  const spec = { ...SPEC, title: `Direct route ${Date.now()}` };
  const lines = (response: import('@playwright/test').APIResponse) =>
    response
      .headersArray()
      .map(({ name, value }) => `${name.toLowerCase()}: ${value}`)
      .filter((line) => !/^(date|connection|keep-alive|transfer-encoding|x-glimpse-cache|cache-control):/.test(line))
      .sort();
  for (const accept of ['image/webp', undefined]) {
    const query = accept ? '' : '?format=png';
    const headers: Record<string, string> = accept ? { accept } : {};
    const posted = await request.post(`/api/render${query}`, { data: spec, headers });
    expect(posted.status()).toBe(200);
    // The same answer from a GET, which Next.js always routes: the route's headers plus Next's.
    const routed = await request.get(`/api/render${query ? `${query}&` : '?'}spec=${encode(spec)}`, { headers });
    expect(routed.status()).toBe(200);
    expect(lines(posted)).toEqual(lines(routed));
    expect(lines(posted)).toContain('x-content-type-options: nosniff');
    expect(lines(posted).filter((line) => line.startsWith('vary:'))).toHaveLength(accept ? 2 : 1);
    expect(Number(posted.headers()['content-length'])).toBe((await posted.body()).byteLength);
    expect(Buffer.compare(await posted.body(), await routed.body())).toBe(0);
  }
});
