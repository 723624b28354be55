import { expect, type APIResponse } from '@playwright/test';
import sharp from 'sharp';

export const SPEC = {
  kind: 'infographic',
  title: 'E2E test card',
  width: 800,
  sections: [
    { type: 'stats', items: [{ value: '42%', label: 'Adoption', delta: '+3 pts', trend: 'up', icon: 'rocket' }] },
    { type: 'callout', tone: 'info', text: 'Rendered over real HTTP.' },
  ],
};

export const CHART_SPEC = {
  kind: 'chart',
  title: 'E2E chart',
  width: 800,
  type: 'bar',
  yTitle: 'Population (10k)',
  data: [
    { label: 'New Taipei', value: 404.6 },
    { label: 'Taichung', value: 286.1 },
    { label: 'Kaohsiung', value: 272.4 },
  ],
};

export const WHITEBOARD_SPEC = {
  kind: 'whiteboard',
  title: 'E2E whiteboard',
  width: 800,
  nodes: [
    { id: 'a', label: 'Browser', shape: 'person' },
    { id: 'b', label: 'API', shape: 'rounded' },
    { id: 'c', label: 'Database', shape: 'cylinder' },
  ],
  edges: [
    { from: 'a', to: 'b', label: 'HTTP' },
    { from: 'b', to: 'c' },
  ],
};

/** One spec per single-canvas target: the smoke table runs every target × format × method (decks: e2e/deck.spec.ts). */
export const TARGET_SPECS = { infographic: SPEC, chart: CHART_SPEC, whiteboard: WHITEBOARD_SPEC } as const;

export const TAIWAN_SPEC = {
  kind: 'infographic',
  locale: 'zh-TW',
  title: '台灣五大城市人口',
  sections: [{ type: 'key-value', rows: [{ key: '新北市', value: '398萬' }, { key: '臺中市', value: '285萬' }] }],
};

export const encode = (spec: unknown) => Buffer.from(JSON.stringify(spec)).toString('base64url');

/** Checks a response carries an image of the format and returns its decoded size. */
export async function decodedImage(response: APIResponse, format: 'png' | 'webp' | 'svg') {
  const body = await response.body();
  expect(response.headers()['content-length']).toBe(String(body.length));
  const metadata = await sharp(body).metadata();
  expect(metadata.format).toBe(format);
  return { width: metadata.width ?? 0, height: metadata.height ?? 0, body };
}

/** An error answer: the status and a JSON body of the documented shape with its code (and the field path, when given). */
export async function expectErrorBody(response: APIResponse, status: number, code: string, path?: (string | number)[]) {
  expect(response.status(), `${response.url()}: ${(await response.text()).slice(0, 300)}`).toBe(status);
  expect(response.headers()['content-type']).toContain('application/json');
  const json = (await response.json()) as { error: { code: string; message: string; issues: { path: (string | number)[]; message: string }[] } };
  expect(json.error.code).toBe(code);
  expect(json.error.message.length).toBeGreaterThan(0);
  expect(Array.isArray(json.error.issues)).toBe(true);
  if (path) expect(json.error.issues.map((issue) => issue.path)).toContainEqual(path);
  return json.error;
}

/** An error answered as a picture (what an <img> gets): the status, the code in X-Glimpse-Error, and an image that decodes. */
export async function expectErrorImage(response: APIResponse, status: number, code: string, format: 'png' | 'webp' | 'svg' = 'png') {
  expect(response.status(), response.url().slice(0, 120)).toBe(status);
  expect(response.headers()['x-glimpse-error']).toBe(code);
  const image = await sharp(await response.body()).metadata();
  expect(image.format).toBe(format);
}

/** The app's not-found page: status 404 and the page that says so. */
export async function expectNotFoundPage(response: APIResponse) {
  expect(response.status(), response.url()).toBe(404);
  expect(response.headers()['content-type']).toContain('text/html');
  expect(await response.text()).toContain('This conversation, shared link or deck does not exist');
}
