import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { fromZodError, GlimpseError, reportError } from './errors';

describe('reportError', () => {
  it('logs what is ours (5xx) with its cause, as internal when it was not a GlimpseError', () => {
    const logged: unknown[][] = [];
    const cause = new TypeError("Cannot read properties of null (reading 'href')");
    const error = reportError(cause, (...args) => logged.push(args));
    expect(error.code).toBe('internal');
    expect(error.message).toBe('Internal error');
    expect(logged).toEqual([['[glimpse]', 'internal', cause]]);
  });

  it('only answers a client mistake (4xx): nothing is logged', () => {
    const logged: unknown[][] = [];
    const error = new GlimpseError('invalid_spec', 'title: too long');
    expect(reportError(error, (...args) => logged.push(args))).toBe(error);
    expect(logged).toEqual([]);
  });

  it('shedding load (503 unavailable with Retry-After) is not logged; an unavailable part without one is', () => {
    const logged: unknown[][] = [];
    reportError(new GlimpseError('unavailable', 'rendering is busy', { retryAfterSeconds: 2 }), (...args) => logged.push(args));
    expect(logged).toEqual([]);
    const missing = new GlimpseError('unavailable', 'mermaid needs Chromium');
    reportError(missing, (...args) => logged.push(args));
    expect(logged).toEqual([['[glimpse]', 'unavailable', missing]]);
  });
});

const issuesOf = (schema: z.ZodType, input: unknown) => {
  const parsed = schema.safeParse(input);
  if (parsed.success) throw new Error('expected a failure');
  return fromZodError(parsed.error).issues;
};

describe('fromZodError', () => {
  const bullet = z.object({ list: z.array(z.union([z.string().max(3), z.object({ text: z.string(), sub: z.array(z.string()).max(2) })])) });

  it('a union where only one option fits the value type reports that option’s rule at its full path', () => {
    expect(issuesOf(bullet, { list: [{ text: 'a', sub: ['1', '2', '3'] }] })).toEqual([{ path: ['list', 0, 'sub'], message: expect.stringContaining('<=2') }]);
    expect(issuesOf(bullet, { list: ['four'] })).toEqual([{ path: ['list', 0], message: expect.stringContaining('<=3') }]);
  });

  it('a union with no option fitting the value’s type stays one issue at the union', () => {
    expect(issuesOf(bullet, { list: [7] })).toEqual([{ path: ['list', 0], message: 'Invalid input' }]);
  });

  it('a record key that breaks its rule names the rule, at the key', () => {
    expect(issuesOf(z.record(z.string().max(2), z.number()), { abc: 1 })).toEqual([{ path: ['abc'], message: expect.stringMatching(/^invalid key: .*<=2/) }]);
  });

  it('a custom issue may ask for its own code', () => {
    const schema = z.string().superRefine((_value, context) => context.addIssue({ code: 'custom', message: 'big', params: { code: 'too_large' } }));
    const parsed = schema.safeParse('x');
    expect(parsed.success || fromZodError(parsed.error).code).toBe('too_large');
  });
});

describe('GlimpseError', () => {
  it('is recognised across copies of this module (Next.js bundles instrumentation and routes apart)', async () => {
    vi.resetModules();
    const copy = await import('./errors');
    expect(copy.GlimpseError).not.toBe(GlimpseError);
    const error = new copy.GlimpseError('render_timeout', 'late');
    expect(error).toBeInstanceOf(GlimpseError);
    expect(reportError(error, () => undefined).code).toBe('render_timeout');
    expect(new Error('plain')).not.toBeInstanceOf(GlimpseError);
  });
});
