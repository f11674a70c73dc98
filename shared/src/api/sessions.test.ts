import { describe, expect, it } from 'vitest';
import { CreateSessionRequestSchema, CreateSessionResponseSchema } from './sessions.js';

describe('CreateSessionRequestSchema', () => {
  it('accepts a title of 1 to 200 characters, trimmed, and an optional language', () => {
    expect(CreateSessionRequestSchema.parse({ title: '  Workshop  ' })).toEqual({ title: 'Workshop' });
    expect(CreateSessionRequestSchema.parse({ title: 'x'.repeat(200), language: 'nl' }).language).toBe('nl');
  });

  it.each<[string, unknown]>([
    ['no title', {}],
    ['an empty title', { title: '' }],
    ['a blank title', { title: '   ' }],
    ['a long title', { title: 'x'.repeat(201) }],
    ['a numeric title', { title: 1 }],
    ['an unknown language', { title: 'x', language: 'de' }],
    ['null', null],
    ['an array', []],
  ])('refuses %s', (_, body) => {
    expect(CreateSessionRequestSchema.safeParse(body).success).toBe(false);
  });
});

describe('CreateSessionResponseSchema', () => {
  it('requires a token and an absolute link for every role', () => {
    const tokens = { facilitator: 'f', participant: 'p', observer: 'o' };
    const links = { facilitator: 'http://h:1/s/x#token=f', participant: 'http://h:1/s/x#token=p', observer: 'http://h:1/s/x#token=o' };
    expect(CreateSessionResponseSchema.safeParse({ id: 'x', tokens, links }).success).toBe(true);
    expect(CreateSessionResponseSchema.safeParse({ id: 'x', tokens, links: { ...links, observer: '/s/x' } }).success).toBe(false);
    expect(CreateSessionResponseSchema.safeParse({ id: 'x', tokens: { facilitator: 'f' }, links }).success).toBe(false);
  });
});
