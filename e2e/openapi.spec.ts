import { expect, test } from '@playwright/test';
import { documentedRequests, documentSchemas } from '../lib/testing/openapi';

test('/api/openapi.json names this server, and every example request in it answers with its documented status, media type and body schema', async ({ request, baseURL }) => {
  test.setTimeout(480_000);
  const response = await request.get('/api/openapi.json');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/json');
  const document = (await response.json()) as Record<string, unknown> & { openapi: string; servers: { url: string }[] };
  expect(document.openapi).toBe('3.1.0');
  expect(document.servers[0]?.url).toBe(baseURL);
  const schemas = documentSchemas(document);
  const requests = documentedRequests(document);
  expect(requests.length).toBeGreaterThan(60);
  const failures: string[] = [];
  // In document order, with one cookie jar: the chat example's conversation is read and deleted after it.
  for (const example of requests) {
    const label = `${example.method.toUpperCase()} ${example.url.slice(0, 90)} (${example.name})`;
    const answer = await request.fetch(example.url, {
      method: example.method,
      ...(example.hasBody ? { data: example.body, headers: { 'Content-Type': example.mediaType } } : {}),
      timeout: 60_000,
    });
    const body = await answer.body();
    const type = (answer.headers()['content-type'] ?? '').split(';')[0]!.trim();
    if (answer.status() !== example.status) failures.push(`${label}: status ${answer.status()}, documented ${example.status}: ${body.toString('utf8').slice(0, 200)}`);
    if (type !== example.contentType) failures.push(`${label}: ${type || 'no body'}, documented ${example.contentType || 'no body'}`);
    if (example.contentType && body.length === 0) failures.push(`${label}: empty body`);
    const schema = example.responses[type]?.schema;
    if (schema && /json$/.test(type)) {
      const problems = schemas.problems(schema, JSON.parse(body.toString('utf8')) as unknown);
      if (problems.length) failures.push(`${label}: the body does not fit the documented schema: ${problems.join('; ')}`);
    }
  }
  expect(failures, failures.join('\n')).toEqual([]);
});
