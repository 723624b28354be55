import { describe, expect, it } from 'vitest';
import { MAX_RATE_LIMIT_CLIENTS } from '@/lib/limits';
import { thrownGlimpseError } from '@/lib/testing/errors';
import { RateLimiter } from './rate-limit';

describe('RateLimiter', () => {
  it('lets perMinute requests through at once, refuses the next with 429 and Retry-After, refills over time', () => {
    let now = 0;
    const limiter = new RateLimiter(60, () => now);
    for (let index = 0; index < 60; index++) limiter.take('a');
    const error = thrownGlimpseError(() => limiter.take('a'));
    expect(error).toMatchObject({ code: 'rate_limited', retryAfterSeconds: 1, issues: [{ path: ['client'] }] });
    limiter.take('b'); // another client has its own bucket
    now += 999;
    expect(() => limiter.take('a')).toThrow();
    now += 1; // 1 s at 60/min is one token
    limiter.take('a');
    expect(() => limiter.take('a')).toThrow();
    now += 60_000;
    for (let index = 0; index < 60; index++) limiter.take('a');
    expect(() => limiter.take('a')).toThrow();
  });

  it('says how long until a token is back at slow rates', () => {
    const limiter = new RateLimiter(2, () => 0);
    limiter.take('a');
    limiter.take('a');
    expect(thrownGlimpseError(() => limiter.take('a')).retryAfterSeconds).toBe(30);
  });

  it('0 means no limit', () => {
    const limiter = new RateLimiter(0);
    for (let index = 0; index < 10_000; index++) limiter.take('a');
    expect(limiter.size).toBe(0);
  });

  it(`remembers at most MAX_RATE_LIMIT_CLIENTS (${MAX_RATE_LIMIT_CLIENTS}) clients`, () => {
    const limiter = new RateLimiter(1, () => 0);
    for (let index = 0; index <= MAX_RATE_LIMIT_CLIENTS; index++) limiter.take(`client-${index}`);
    expect(limiter.size).toBe(MAX_RATE_LIMIT_CLIENTS);
    limiter.take('client-0'); // the oldest was forgotten: a fresh bucket
    expect(() => limiter.take(`client-${MAX_RATE_LIMIT_CLIENTS}`)).toThrow();
  });
});
