import { expect, test, type APIRequestContext } from '@playwright/test';
import { MERMAID_SINKS, type MermaidSink } from '../lib/testing/mermaid-sinks';
import { loopbackHosts, startSinkhole } from '../lib/testing/sinkhole';
import { encode, expectErrorBody } from './fixtures';

// Issue 12, finding 3: the built server's mermaid renderer must never connect anywhere. A real
// loopback server (on 127.0.0.1 and ::1, one port) counts every connection while each sink is
// sent with every spelling of "this machine", by POST and as an <img> would (GET ?spec=).

type Answer = { method: string; host: string; status: number; error?: string; type?: string; body?: string };

async function send(request: APIRequestContext, sink: MermaidSink, host: string, port: number): Promise<Answer[]> {
  const spec = (method: string) => ({ kind: 'whiteboard', title: `${sink.name} ${host} ${method}`, mermaid: sink.source(`http://${host}:${port}`) });
  const posted = await request.post('/api/render?format=svg', { data: spec('POST') });
  // What any <img src> on any page could make a visitor's browser ask for.
  const got = await request.get(`/api/render?format=png&spec=${encode(spec('GET'))}`);
  return [
    { method: 'POST', host, status: posted.status(), error: posted.headers()['x-glimpse-error'], type: posted.headers()['content-type'], body: posted.status() === 400 ? await posted.text() : undefined },
    { method: 'GET', host, status: got.status(), error: got.headers()['x-glimpse-error'], type: got.headers()['content-type'] },
  ];
}

test.describe('the mermaid renderer never reaches the network', () => {
  for (const sink of MERMAID_SINKS) {
    test(`${sink.name}: zero connections from every host spelling, ${sink.checked === 'refused' ? '400 naming mermaid' : 'drawn without its links'}`, async ({ request }) => {
      const hole = await startSinkhole();
      try {
        const answers: Answer[] = [];
        for (const host of loopbackHosts(hole.ipv6)) answers.push(...(await send(request, sink, host, hole.port)));
        // A page that loaded an image or stylesheet late would connect after answering.
        await new Promise((resolve) => setTimeout(resolve, 500));
        expect(hole.hits.map((hit) => `${hit.family} ${hit.requestLine}`), 'connections the sinkhole saw').toEqual([]);
        for (const answer of answers) {
          const where = `${answer.method} via ${answer.host}`;
          if (sink.checked === 'drawn') {
            expect(answer.status, where).toBe(200);
            expect(answer.type, where).toMatch(answer.method === 'POST' ? /image\/svg\+xml/ : /image\/png/);
            continue;
          }
          expect(answer.status, where).toBe(400);
          expect(answer.error, where).toBe('invalid_spec');
          if (answer.body) {
            const error = JSON.parse(answer.body) as { error: { issues: { path: unknown[] }[] } };
            expect(error.error.issues.map((issue) => issue.path), where).toContainEqual(['mermaid']);
          }
        }
      } finally {
        await hole.close();
      }
    });
  }

  test('an honest diagram still renders, and a refusal is a JSON 400 with the rule broken', async ({ request }) => {
    const drawn = await request.post('/api/render?format=svg', { data: { kind: 'whiteboard', title: 'ok', mermaid: 'flowchart LR\n  A[Ask] --> B[Answer]\n  style B fill:#f9f' } });
    expect(drawn.status()).toBe(200);
    const refused = await request.post('/api/render', { data: { kind: 'whiteboard', title: 'x', mermaid: 'flowchart TD\n  A@{ img: "http://127.1/x.png" }' } });
    const error = await expectErrorBody(refused, 400, 'invalid_spec', ['mermaid']);
    expect(error.message).toMatch(/image shapes/);
  });
});
