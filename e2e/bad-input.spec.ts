import { expect, test } from '@playwright/test';
import {
  MAX_BODY_BYTES,
  MAX_CHART_ROWS,
  MAX_CHAT_MESSAGE_CHARS,
  MAX_DATA_CHARS,
  MAX_ICON_NAME_CHARS,
  MAX_JSON_DEPTH,
  MAX_NODES,
  MAX_PROMPT_CHARS,
  MAX_SPEC_PARAM_CHARS,
  MIN_CHART_HEIGHT,
  MIN_HEIGHT,
  SPEC_ID_CHARS,
} from '../lib/limits';
import fc from 'fast-check';
import { anyInput, PROPERTY_SEED } from '../lib/testing/spec-mutations';
import { encode, expectErrorBody, expectErrorImage, expectNotFoundPage, SPEC } from './fixtures';

// The unit tests hold the exact edges (N accepted, N + 1 refused); this file checks the HTTP mapping.

const UNKNOWN_SPEC_ID = 'A'.repeat(SPEC_ID_CHARS);

type Case = { name: string; body: string | Buffer; type?: string; query?: string; status: number; code: string; path?: (string | number)[] };

const cases: Case[] = [
  { name: 'malformed JSON', body: '{"kind":', status: 400, code: 'invalid_json', path: ['body'] },
  { name: 'empty body', body: '', status: 400, code: 'invalid_json' },
  { name: 'wrong media type', body: JSON.stringify(SPEC), type: 'text/plain', status: 415, code: 'unsupported_media_type' },
  { name: 'body over MAX_BODY_BYTES', body: JSON.stringify({ ...SPEC, pad: 'x'.repeat(MAX_BODY_BYTES) }), status: 413, code: 'too_large', path: ['body'] },
  { name: 'JSON array', body: '[1,2,3]', status: 400, code: 'invalid_spec', path: [] },
  { name: 'JSON null', body: 'null', status: 400, code: 'invalid_spec' },
  { name: 'unknown kind', body: JSON.stringify({ ...SPEC, kind: 'poster' }), status: 400, code: 'invalid_spec', path: ['kind'] },
  { name: 'chart data URL', body: JSON.stringify({ kind: 'chart', title: 'x', vegaLite: { mark: 'bar', data: { url: 'http://169.254.169.254/latest' } } }), status: 400, code: 'invalid_spec', path: ['vegaLite', 'data', 'url'] },
  { name: 'malformed Vega-Lite', body: JSON.stringify({ kind: 'chart', title: 'x', vegaLite: { mark: 'bar', data: { values: [{ a: 1 }] }, encoding: { x: { field: 'a', type: 'wrong' } } } }), status: 400, code: 'invalid_spec', path: ['vegaLite'] },
  { name: 'chart rows over MAX_CHART_ROWS', body: JSON.stringify({ kind: 'chart', title: 'x', type: 'bar', data: Array.from({ length: MAX_CHART_ROWS + 1 }, (_, index) => ({ label: String(index), value: index })) }), status: 413, code: 'too_large', path: ['data'] },
  { name: 'Vega-Lite repeat 30 × 30 (900 views, past MAX_CHART_VIEWS)', body: JSON.stringify({ kind: 'chart', title: 'x', vegaLite: { data: { values: [{ a: 1 }] }, repeat: { row: Array.from({ length: 30 }, (_, i) => `f${i}`), column: Array.from({ length: 30 }, (_, i) => `f${i}`) }, spec: { mark: 'point', encoding: { x: { field: { repeat: 'column' }, type: 'quantitative' } } } } }), status: 413, code: 'too_large', path: ['vegaLite'] },
  { name: 'Vega-Lite data.sequence of 200,000 rows (past MAX_CHART_ROWS)', body: JSON.stringify({ kind: 'chart', title: 'x', vegaLite: { data: { sequence: { start: 0, stop: 200_000, as: 'i' } }, mark: 'point', encoding: { x: { field: 'i', type: 'quantitative' } } } }), status: 413, code: 'too_large', path: ['vegaLite'] },
  { name: `chart height ${MIN_HEIGHT}px leaving under MIN_CHART_HEIGHT (${MIN_CHART_HEIGHT}px) for the plot`, body: JSON.stringify({ kind: 'chart', title: 'x', type: 'bar', height: MIN_HEIGHT, data: [{ label: 'a', value: 1 }] }), status: 422, code: 'content_overflow', path: ['height'] },
  { name: 'height under MIN_HEIGHT', body: JSON.stringify({ ...SPEC, height: MIN_HEIGHT - 1 }), status: 400, code: 'invalid_spec', path: ['height'] },
  { name: 'whiteboard over MAX_NODES', body: JSON.stringify({ kind: 'whiteboard', title: 'x', nodes: Array.from({ length: MAX_NODES + 1 }, (_, index) => ({ id: `n${index}`, label: 'x' })) }), status: 400, code: 'invalid_spec', path: ['nodes'] },
  { name: 'an icon name past MAX_ICON_NAME_CHARS', body: JSON.stringify({ ...SPEC, sections: [{ type: 'callout', icon: 'r'.repeat(MAX_ICON_NAME_CHARS + 1), text: 'x' }] }), status: 400, code: 'invalid_spec', path: ['sections', 0, 'icon'] },
  { name: 'wrong type deep inside', body: JSON.stringify({ ...SPEC, sections: [{ type: 'progress', items: [{ label: 'a', value: '50%' }] }] }), status: 400, code: 'invalid_spec', path: ['sections', 0, 'items', 0, 'value'] },
  { name: 'bad format', body: JSON.stringify(SPEC), query: '?format=gif', status: 400, code: 'invalid_option', path: ['format'] },
  { name: 'bad scale', body: JSON.stringify(SPEC), query: '?scale=9', status: 400, code: 'invalid_option', path: ['scale'] },
  { name: 'content overflows a fixed height', body: JSON.stringify({ ...SPEC, height: 200 }), status: 422, code: 'content_overflow', path: ['height'] },
  { name: 'output over MAX_OUTPUT_PIXELS', body: JSON.stringify({ ...SPEC, width: 4096, height: 8192 }), query: '?scale=2', status: 413, code: 'too_large', path: ['scale'] },
  { name: 'deeply nested junk (500 levels, past MAX_JSON_DEPTH)', body: JSON.stringify({ ...SPEC, sections: [JSON.parse('['.repeat(500) + ']'.repeat(500))] }), status: 400, code: 'invalid_json', path: ['body'] },
  { name: 'nested junk within MAX_JSON_DEPTH', body: JSON.stringify({ ...SPEC, sections: [JSON.parse('['.repeat(40) + ']'.repeat(40))] }), status: 400, code: 'invalid_spec', path: ['sections', 0] },
  { name: 'JSON nested 60,000 deep in vegaLite.usermeta', body: `{"kind":"chart","title":"x","vegaLite":{"mark":"bar","usermeta":${'['.repeat(60_000)}${']'.repeat(60_000)}}}`, status: 400, code: 'invalid_json', path: ['body'] },
  { name: `JSON nested MAX_JSON_DEPTH + 1 (${MAX_JSON_DEPTH + 1}) deep`, body: '['.repeat(MAX_JSON_DEPTH + 1) + ']'.repeat(MAX_JSON_DEPTH + 1), status: 400, code: 'invalid_json', path: ['body'] },
  { name: 'prototype pollution keys', body: '{"kind":"infographic","title":"x","sections":[{"type":"text","text":"a"}],"__proto__":{"x":1}}', status: 400, code: 'invalid_spec' },
];

test.describe('bad input never yields a 5xx', () => {
  // In order, in one worker (despite fullyParallel), so the last test checks the server after all the others.
  test.describe.configure({ mode: 'default' });

  for (const entry of cases) {
    test(`POST ${entry.name} → ${entry.status} ${entry.code}`, async ({ request }) => {
      const response = await request.post(`/api/render${entry.query ?? ''}`, {
        // A Buffer goes on the wire as-is (a string would be JSON-encoded again by Playwright).
        data: Buffer.from(entry.body),
        headers: { 'content-type': entry.type ?? 'application/json' },
      });
      await expectErrorBody(response, entry.status, entry.code, entry.path);
    });
  }

  test('GET with a missing, garbled or oversized spec answers 4xx: an error image for <img>, JSON when asked', async ({ request }) => {
    for (const [query, status, code, path] of [
      ['', 400, 'invalid_spec', ['spec']],
      ['?spec=%%%', 400, 'invalid_spec', ['spec']],
      ['?spec=abc!!', 400, 'invalid_spec', ['spec']],
      [`?spec=${'A'.repeat(MAX_SPEC_PARAM_CHARS + 1)}`, 413, 'too_large', ['spec']],
      [`?spec=${encode({ kind: 'x' })}`, 400, 'invalid_spec', ['kind']],
    ] as const) {
      await expectErrorImage(await request.get(`/api/render${query}`), status, code);
      await expectErrorBody(await request.get(`/api/render${query}`, { headers: { accept: 'application/json' } }), status, code, [...path]);
    }
    await expectErrorBody(await request.get(`/api/render?format=json&spec=${encode({ kind: 'x' })}`), 400, 'invalid_spec', ['kind']);
  });

  test('a ?spec= past Node\'s 16 KiB header limit is answered 431 by the HTTP server itself, before Glimpse sees it', async ({ request }) => {
    const response = await request.get(`/api/render?spec=${'A'.repeat(20_000)}`);
    expect(response.status()).toBe(431);
    expect(response.headers()['x-glimpse-error']).toBeUndefined();
  });

  test('/i/ with a bad extension or id is 4xx', async ({ request }) => {
    await expectErrorImage(await request.get('/i/nope.gif'), 400, 'invalid_option');
    await expectErrorImage(await request.get('/i/not-an-id.png'), 404, 'not_found');
    await expectErrorImage(await request.get(`/i/${UNKNOWN_SPEC_ID}A.png`), 404, 'not_found');
    await expectErrorImage(await request.get(`/i/${UNKNOWN_SPEC_ID}.svg`), 404, 'not_found', 'svg');
    const pdf = await request.get(`/i/${UNKNOWN_SPEC_ID}.pdf`);
    expect(pdf.headers()['x-glimpse-error']).toBe('not_found');
    await expectErrorBody(pdf, 404, 'not_found', ['id']);
  });

  test('generate: MAX_PROMPT_CHARS and MAX_DATA_CHARS + 1 are 400 naming the field', async ({ request }) => {
    await expectErrorBody(await request.post('/api/generate', { data: { prompt: 'p'.repeat(MAX_PROMPT_CHARS + 1) } }), 400, 'invalid_request', ['prompt']);
    await expectErrorBody(await request.post('/api/generate', { data: { prompt: 'chart this', data: 'd'.repeat(MAX_DATA_CHARS + 1) } }), 400, 'invalid_request', ['data']);
  });

  test('chat and conversation endpoints: bad input is a 4xx naming the field', async ({ request }) => {
    const message = (text: string) => ({ id: 'm1', role: 'user', parts: [{ type: 'text', text }] });
    await expectErrorBody(await request.post('/api/chat', { data: { message: message('hi') } }), 400, 'invalid_request', ['id']);
    await expectErrorBody(await request.post('/api/chat', { data: { id: 'short', message: message('hi') } }), 400, 'invalid_request', ['id']);
    await expectErrorBody(await request.post('/api/chat', { data: { id: 'conversation-1', message: { ...message('hi'), role: 'assistant' } } }), 400, 'invalid_request', ['message', 'role']);
    await expectErrorBody(await request.post('/api/chat', { data: { id: 'conversation-1', message: message('   ') } }), 400, 'invalid_request', ['message', 'parts']);
    await expectErrorBody(await request.post('/api/chat', { data: { id: 'conversation-1', message: message('hi'), kind: 'poster' } }), 400, 'invalid_request', ['kind']);
    // MAX_CHAT_MESSAGE_CHARS + 1, still under MAX_BODY_BYTES: the message limit answers.
    expect(MAX_CHAT_MESSAGE_CHARS + 1).toBeLessThan(MAX_BODY_BYTES);
    const long = await request.post('/api/chat', { data: { id: 'conversation-1', message: message('x'.repeat(MAX_CHAT_MESSAGE_CHARS + 1)) } });
    await expectErrorBody(long, 413, 'too_large', ['message', 'parts']);
    const deepMetadata = `{"id":"conversation-1","message":{"id":"m1","role":"user","parts":[{"type":"text","text":"hi"}],"metadata":{"a":${'['.repeat(60_000)}${']'.repeat(60_000)}}}}`;
    await expectErrorBody(await request.post('/api/chat', { data: Buffer.from(deepMetadata), headers: { 'content-type': 'application/json' } }), 400, 'invalid_json', ['body']);
    await expectErrorBody(await request.get('/api/conversations/conversation-does-not-exist'), 404, 'not_found', ['id']);
    await expectErrorBody(await request.get('/api/conversations/..%2F..%2Fetc'), 404, 'not_found', ['id']);
    await expectErrorBody(await request.delete('/api/conversations/conversation-does-not-exist'), 404, 'not_found', ['id']);
    const put = await request.put('/api/conversations/conversation-does-not-exist/visuals/visual-1', { data: SPEC });
    await expectErrorBody(put, 404, 'not_found', ['id']);
    const list = await request.get('/api/conversations');
    expect(list.status()).toBe(200);
    expect(Array.isArray(((await list.json()) as { conversations: unknown[] }).conversations)).toBe(true);
    await expectNotFoundPage(await request.get('/share/not-a-share-id'));
    await expectNotFoundPage(await request.get('/c/not-a-conversation'));
  });

  test('an edit of a stored answer: invalid spec → 400 with its path; unknown answer → 404', async ({ request }) => {
    const id = `edit-${Date.now()}`;
    const chat = await request.post('/api/chat', { data: { id, message: { id: 'q1', role: 'user', parts: [{ type: 'text', text: 'Team\n- Hiring\n- Budget' }] } } });
    expect(chat.status()).toBe(200);
    await chat.body();
    const stored = (await (await request.get(`/api/conversations/${id}`)).json()) as { messages: { role: string; parts: { type: string; toolCallId?: string }[] }[] };
    const toolCallId = stored.messages[1]?.parts.find((part) => part.type === 'tool-visual')?.toolCallId;
    expect(toolCallId).toBeTruthy();
    const bad = await request.put(`/api/conversations/${id}/visuals/${toolCallId}`, { data: { ...SPEC, sections: [{ type: 'progress', items: [{ label: 'a', value: '50%' }] }] } });
    await expectErrorBody(bad, 400, 'invalid_spec', ['sections', 0, 'items', 0, 'value']);
    await expectErrorBody(await request.put(`/api/conversations/${id}/visuals/visual-nope`, { data: SPEC }), 404, 'not_found', ['toolCallId']);
    const good = await request.put(`/api/conversations/${id}/visuals/${toolCallId}`, { data: SPEC });
    expect(good.status()).toBe(200);
    expect(((await good.json()) as { alt: string }).alt).toContain('E2E test card');
  });

  // Last in this file (tests run in order): the server has survived everything above.
  test('a malformed percent-escape in any id is a 404 JSON error, not a 500', async ({ request }) => {
    for (const path of ['/i/%ff.png', '/c/%ff', '/share/%ff', '/api/conversations/%ff', '/api/decks/%ff/export?format=pdf', '/embed/deck/%ff', '/deck/%E0%A4%A']) {
      await expectErrorBody(await request.get(path), 404, 'not_found', ['path']);
    }
  });

  test('property: 80 generated inputs (mutated examples, arbitrary JSON) over HTTP, in every format, never yield a 5xx', async ({ request }) => {
    test.setTimeout(240_000);
    const formats = ['png', 'svg', 'pdf', 'webp', 'json', 'pptx', 'zip', 'csv', 'excalidraw'];
    const inputs = fc.sample(fc.tuple(anyInput, fc.nat()), { seed: PROPERTY_SEED, numRuns: 80 });
    const statuses: Record<number, number> = {};
    for (const [input, pick] of inputs) {
      const format = formats[pick % formats.length];
      const response = await request.post(`/api/render?format=${format}`, { data: Buffer.from(JSON.stringify(input)), headers: { 'content-type': 'application/json' }, timeout: 60_000 });
      statuses[response.status()] = (statuses[response.status()] ?? 0) + 1;
      expect(response.status(), `${format}: ${(await response.text()).slice(0, 300)}\ninput: ${JSON.stringify(input).slice(0, 1000)}`).toBeLessThan(500);
    }
    // Some drew (200) and some were refused (4xx): the run exercised both paths.
    expect(statuses[200] ?? 0).toBeGreaterThan(5);
    expect(Object.keys(statuses).some((status) => Number(status) >= 400)).toBe(true);
  });

  test('the server still answers after all of the above', async ({ request }) => {
    const health = await request.get('/api/health');
    expect(health.status()).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok' });
  });
});
