import { describe, expect, it } from 'vitest';
import { readPresentation } from '../../src/share/presentation';

describe('presentation options from the query string', () => {
  it('defaults to the standalone app following the OS theme', () => {
    expect(readPresentation('')).toEqual({ embed: false, theme: 'auto', accent: null, parentOrigin: null });
  });

  it('reads every option', () => {
    expect(
      readPresentation('?embed=1&theme=dark&accent=0F766E&parentOrigin=https%3A%2F%2Fdocs.example.com'),
    ).toEqual({
      embed: true,
      theme: 'dark',
      accent: '#0f766e',
      parentOrigin: 'https://docs.example.com',
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
  ])('%s', (query, expected) => {
    expect(readPresentation(`?${query}`)).toMatchObject(expected);
  });
});
