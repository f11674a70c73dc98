import { describe, expect, it } from 'vitest';
import { parseRequestTarget } from './requestTarget.js';

describe('parseRequestTarget', () => {
  it('reads the path and query of an origin-form target', () => {
    const url = parseRequestTarget('/ws/abc?token=t.s&x=1');
    expect(url?.pathname).toBe('/ws/abc');
    expect(url?.searchParams.get('token')).toBe('t.s');
  });

  it('keeps targets that look like an authority as paths, never as another host', () => {
    expect(parseRequestTarget('//')?.pathname).toBe('//');
    expect(parseRequestTarget('//evil.example/x')?.pathname).toBe('//evil.example/x');
    expect(parseRequestTarget('//evil.example/x')?.host).toBe('localhost');
    expect(parseRequestTarget('/%')?.pathname).toBe('/%');
    expect(parseRequestTarget('/%E0%A4%A')?.pathname).toBe('/%E0%A4%A');
  });

  it('reads the absolute form proxies send', () => {
    expect(parseRequestTarget('http://example.org:8080/healthz?a=b')?.pathname).toBe('/healthz');
  });

  it('answers null for what is not a routable target', () => {
    for (const target of [undefined, '', '*', 'healthz', 'http://[::1/', 'http://exa mple/', 'ftp://x/', '?a=b']) {
      expect(parseRequestTarget(target)).toBeNull();
    }
  });
});
