import { describe, expect, it } from 'vitest';
import { progressKey, readPresentation } from '../../src/share/presentation';

describe('presentation options from the query string', () => {
  it('defaults to the standalone app following the OS theme', () => {
    expect(readPresentation('')).toEqual({
      embed: false,
      theme: 'auto',
      accent: null,
      parentOrigin: null,
      slot: null,
    });
  });

  it('reads every option', () => {
    expect(
      readPresentation(
        '?embed=1&theme=dark&accent=0F766E&parentOrigin=https%3A%2F%2Fdocs.example.com&slot=%2Fguide%2F%3A1',
      ),
    ).toEqual({
      embed: true,
      theme: 'dark',
      accent: '#0f766e',
      parentOrigin: 'https://docs.example.com',
      slot: '/guide/:1',
    });
  });

  it.each([
    ['embed=true', { embed: false }],
    ['theme=purple', { theme: 'auto' }],
    ['accent=red', { accent: null }],
    ['accent=%23ff0000', { accent: null }],
    ['accent=ff00001', { accent: null }],
    ['accent=ff0000;background:url(x)', { accent: null }],
    ['parentOrigin=javascript:alert(1)', { parentOrigin: null }],
    ['parentOrigin=https://docs.example.com/path', { parentOrigin: null }],
    ['parentOrigin=*', { parentOrigin: null }],
    ['parentOrigin=http://127.0.0.2:4174', { parentOrigin: 'http://127.0.0.2:4174' }],
    ['parentOrigin=https://docs.example.com/', { parentOrigin: 'https://docs.example.com' }],
    ['parentOrigin=ftp://docs.example.com', { parentOrigin: null }],
    ['slot=', { slot: null }],
    ['slot=a%20b', { slot: null }],
    [`slot=${'x'.repeat(101)}`, { slot: null }],
    [`slot=${'x'.repeat(100)}`, { slot: 'x'.repeat(100) }],
  ])('%s', (query, expected) => {
    expect(readPresentation(`?${query}`)).toMatchObject(expected);
  });
});

describe('where a page keeps its progress', () => {
  it('the app under its own key, each embed under one of its own, never the app’s', () => {
    const key = (query: string) => progressKey(readPresentation(query));
    expect(key('')).toBe('slm-or-llm');
    expect(key('?slot=/a:0')).toBe('slm-or-llm');
    expect(key('?embed=1')).toBe('slm-or-llm:embed');
    expect(key('?embed=1&slot=/guide/:0')).toBe('slm-or-llm:embed:/guide/:0');
    expect(key('?embed=1&slot=/guide/:1')).not.toBe(key('?embed=1&slot=/guide/:0'));
  });
});
