import { expect, test } from '@playwright/test';
import { encode, expectErrorBody, SPEC } from './fixtures';

// Mirrors lib/limits.ts; the unit tests hold the exact edges, this table checks the HTTP mapping.
const MAX_BODY_BYTES = 256 * 1024;
const MAX_SPEC_PARAM_CHARS = 8 * 1024;

type Case = { name: string; body: string | Buffer; type?: string; query?: string; status: number; code: string; path?: (string | number)[] };

const cases: Case[] = [
  { name: 'malformed JSON', body: '{"kind":', status: 400, code: 'invalid_json', path: ['body'] },
  { name: 'empty body', body: '', status: 400, code: 'invalid_json' },
  { name: 'wrong media type', body: JSON.stringify(SPEC), type: 'text/plain', status: 415, code: 'unsupported_media_type' },
  { name: 'body over MAX_BODY_BYTES', body: JSON.stringify({ ...SPEC, pad: 'x'.repeat(MAX_BODY_BYTES) }), status: 413, code: 'too_large' },
  { name: 'JSON array', body: '[1,2,3]', status: 400, code: 'invalid_spec', path: [] },
  { name: 'JSON null', body: 'null', status: 400, code: 'invalid_spec' },
  { name: 'unknown kind', body: JSON.stringify({ ...SPEC, kind: 'poster' }), status: 400, code: 'invalid_spec', path: ['kind'] },
  { name: 'chart data URL', body: JSON.stringify({ kind: 'chart', title: 'x', vegaLite: { mark: 'bar', data: { url: 'http://169.254.169.254/latest' } } }), status: 400, code: 'invalid_spec', path: ['vegaLite', 'data', 'url'] },
  { name: 'malformed Vega-Lite', body: JSON.stringify({ kind: 'chart', title: 'x', vegaLite: { mark: 'bar', data: { values: [{ a: 1 }] }, encoding: { x: { field: 'a', type: 'wrong' } } } }), status: 400, code: 'invalid_spec', path: ['vegaLite'] },
  { name: 'chart rows over MAX_CHART_ROWS', body: JSON.stringify({ kind: 'chart', title: 'x', type: 'bar', data: Array.from({ length: 5001 }, (_, index) => ({ label: String(index), value: index })) }), status: 413, code: 'too_large', path: ['data'] },
  { name: 'unknown icon', body: JSON.stringify({ ...SPEC, sections: [{ type: 'callout', icon: 'rockt', text: 'x' }] }), status: 400, code: 'invalid_spec', path: ['sections', 0, 'icon'] },
  { name: 'wrong type deep inside', body: JSON.stringify({ ...SPEC, sections: [{ type: 'progress', items: [{ label: 'a', value: '50%' }] }] }), status: 400, code: 'invalid_spec', path: ['sections', 0, 'items', 0, 'value'] },
  { name: 'bad format', body: JSON.stringify(SPEC), query: '?format=gif', status: 400, code: 'invalid_option', path: ['format'] },
  { name: 'bad scale', body: JSON.stringify(SPEC), query: '?scale=9', status: 400, code: 'invalid_option', path: ['scale'] },
  { name: 'content overflows a fixed height', body: JSON.stringify({ ...SPEC, height: 200 }), status: 422, code: 'content_overflow', path: ['height'] },
  { name: 'output over MAX_OUTPUT_PIXELS', body: JSON.stringify({ ...SPEC, width: 4096, height: 8192 }), query: '?scale=2', status: 413, code: 'too_large', path: ['scale'] },
  { name: 'deeply nested junk', body: JSON.stringify({ ...SPEC, sections: [JSON.parse('['.repeat(500) + ']'.repeat(500))] }), status: 400, code: 'invalid_spec' },
  { name: 'prototype pollution keys', body: '{"kind":"infographic","title":"x","sections":[{"type":"text","text":"a"}],"__proto__":{"x":1}}', status: 400, code: 'invalid_spec' },
];

test.describe('bad input never yields a 5xx', () => {
  for (const entry of cases) {
    test(`POST ${entry.name} → ${entry.status} ${entry.code}`, async ({ request }) => {
      const response = await request.post(`/api/render${entry.query ?? ''}`, {
        // A Buffer goes on the wire as-is (a string would be JSON-encoded again by Playwright).
        data: Buffer.from(entry.body),
        headers: { 'content-type': entry.type ?? 'application/json' },
      });
      expect(response.status()).toBe(entry.status);
      await expectErrorBody(response, entry.code, entry.path);
    });
  }

  test('GET with a missing, garbled or oversized spec answers 4xx', async ({ request }) => {
    for (const [query, status] of [
      ['', 400],
      ['?spec=%%%', 400],
      ['?spec=abc!!', 400],
      [`?spec=${'A'.repeat(MAX_SPEC_PARAM_CHARS + 1)}`, 413],
      // Past Node's 16 KiB header limit the HTTP server itself answers 431.
      [`?spec=${'A'.repeat(20_000)}`, 431],
      [`?format=json&spec=${encode({ kind: 'x' })}`, 400],
    ] as const) {
      const response = await request.get(`/api/render${query}`);
      expect(response.status(), query.slice(0, 40)).toBe(status);
    }
  });

  test('/i/ with a bad extension or id is 4xx', async ({ request }) => {
    expect((await request.get('/i/nope.gif')).status()).toBe(400);
    expect((await request.get('/i/not-an-id.png')).status()).toBe(404);
    expect((await request.get('/i/AAAAAAAAAAAAAAAAAAAAAA.pdf')).status()).toBe(404);
  });

  test('chat and conversation endpoints: bad input is a 4xx naming the field', async ({ request }) => {
    const message = (text: string) => ({ id: 'm1', role: 'user', parts: [{ type: 'text', text }] });
    await expectErrorBody(await request.post('/api/chat', { data: { message: message('hi') } }), 'invalid_request', ['id']);
    await expectErrorBody(await request.post('/api/chat', { data: { id: 'short', message: message('hi') } }), 'invalid_request', ['id']);
    await expectErrorBody(await request.post('/api/chat', { data: { id: 'conversation-1', message: { ...message('hi'), role: 'assistant' } } }), 'invalid_request', ['message', 'role']);
    await expectErrorBody(await request.post('/api/chat', { data: { id: 'conversation-1', message: message('   ') } }), 'invalid_request', ['message', 'parts']);
    await expectErrorBody(await request.post('/api/chat', { data: { id: 'conversation-1', message: message('hi'), kind: 'poster' } }), 'invalid_request', ['kind']);
    // MAX_CHAT_MESSAGE_CHARS (220,000) + 1, still under MAX_BODY_BYTES: the message limit answers.
    const long = await request.post('/api/chat', { data: { id: 'conversation-1', message: message('x'.repeat(220_001)) } });
    expect(long.status()).toBe(413);
    await expectErrorBody(long, 'too_large', ['message', 'parts']);
    expect((await request.get('/api/conversations/conversation-does-not-exist')).status()).toBe(404);
    expect((await request.get('/api/conversations/..%2F..%2Fetc')).status()).toBe(404);
    expect((await request.delete('/api/conversations/conversation-does-not-exist')).status()).toBe(404);
    const put = await request.put('/api/conversations/conversation-does-not-exist/visuals/visual-1', { data: SPEC });
    await expectErrorBody(put, 'not_found', ['id']);
    const list = await request.get('/api/conversations');
    expect(list.status()).toBe(200);
    expect(Array.isArray(((await list.json()) as { conversations: unknown[] }).conversations)).toBe(true);
    expect((await request.get('/share/not-a-share-id')).status()).toBe(404);
    expect((await request.get('/c/not-a-conversation')).status()).toBe(404);
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
    await expectErrorBody(bad, 'invalid_spec', ['sections', 0, 'items', 0, 'value']);
    await expectErrorBody(await request.put(`/api/conversations/${id}/visuals/visual-nope`, { data: SPEC }), 'not_found', ['toolCallId']);
    const good = await request.put(`/api/conversations/${id}/visuals/${toolCallId}`, { data: SPEC });
    expect(good.status()).toBe(200);
    expect(((await good.json()) as { alt: string }).alt).toContain('E2E test card');
  });

  test('the server still answers after all of the above', async ({ request }) => {
    expect((await request.get('/api/health')).status()).toBe(200);
  });
});
