import { describe, expect, it } from 'vitest';
import { GlimpseError, reportError } from './errors';

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
});
