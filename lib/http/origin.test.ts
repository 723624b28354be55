import { describe, expect, it } from 'vitest';
import { hostAllowed, publicOrigin } from './origin';

const request = (url: string, host?: string) => new Request(url, { headers: host ? { host } : {} });

describe('publicOrigin', () => {
  it('uses GLIMPSE_PUBLIC_URL when set, without a trailing slash', () => {
    expect(publicOrigin(request('http://0.0.0.0:3000/api/specs', 'evil.test'), 'https://glimpse.example.com/', [])).toBe('https://glimpse.example.com');
  });

  it('uses the Host header, not the 0.0.0.0 the server listens on', () => {
    expect(publicOrigin(request('http://0.0.0.0:3000/x', 'localhost:3000'), undefined, [])).toBe('http://localhost:3000');
    expect(publicOrigin(request('http://0.0.0.0:3000/x', '192.168.1.20:3000'), undefined, [])).toBe('http://192.168.1.20:3000');
    expect(publicOrigin(request('http://0.0.0.0:3000/x', '[::1]:3000'), undefined, [])).toBe('http://[::1]:3000');
  });

  it('never hands out 0.0.0.0, [::] or a malformed Host: localhost on the same port instead', () => {
    for (const host of ['0.0.0.0:3000', '[::]:3000', 'a b', 'evil.test/path', 'x@evil.test', '']) {
      expect(publicOrigin(request('http://0.0.0.0:3000/x', host || undefined), undefined, [])).toBe('http://localhost:3000');
    }
  });

  it('with GLIMPSE_ALLOWED_HOSTS, a Host it does not list gives the first listed host', () => {
    const allowed = ['glimpse.example.com', '*.glimpse.example.com'];
    expect(publicOrigin(request('http://0.0.0.0:3000/x', 'eu.glimpse.example.com'), undefined, allowed)).toBe('http://eu.glimpse.example.com');
    expect(publicOrigin(request('http://0.0.0.0:3000/x', 'evil.test'), undefined, allowed)).toBe('http://glimpse.example.com:3000');
  });
});

describe('hostAllowed', () => {
  it('matches names exactly or as subdomains of a *. entry, ignoring port, case and a trailing dot', () => {
    expect(hostAllowed('Glimpse.Example.com.:443', ['glimpse.example.com'])).toBe(true);
    expect(hostAllowed('a.glimpse.example.com', ['*.glimpse.example.com'])).toBe(true);
    expect(hostAllowed('glimpse.example.com.evil.test', ['glimpse.example.com', '*.glimpse.example.com'])).toBe(false);
    expect(hostAllowed('evilglimpse.example.com', ['*.glimpse.example.com'])).toBe(false);
  });
});
