import { describe, expect, it } from 'vitest';
import { appBase, shareUrl } from '../../src/share/verdict-pages';

describe('per-verdict pages', () => {
  it.each([
    ['https://example.com/', 'https://example.com/'],
    ['https://example.com/index.html?embed=1#v=1', 'https://example.com/'],
    ['https://example.com/tools/wizard/', 'https://example.com/tools/wizard/'],
    ['https://example.com/tools/wizard/r/hybrid/#v=1&task=mixed', 'https://example.com/tools/wizard/'],
    ['https://example.com/r/slm/', 'https://example.com/'],
    ['https://example.com/r/other/', 'https://example.com/r/other/'],
    ['https://example.com/docs/r/llm/index.html', 'https://example.com/docs/'],
  ])('find the app’s directory from %s', (href, base) => {
    expect(appBase(href).href).toBe(base);
  });

  it('make the share link the verdict’s page, with the answers after #', () => {
    expect(shareUrl('https://example.com/tools/wizard/r/slm/#old', 'hybrid', 'v=1&task=mixed')).toBe(
      'https://example.com/tools/wizard/r/hybrid/#v=1&task=mixed',
    );
  });
});
