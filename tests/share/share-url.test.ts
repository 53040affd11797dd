import { describe, expect, it } from 'vitest';
import { appBase, shareUrl } from '../../src/share/share-url';

const ALL_SLM = { task: 'simple', run: 'device', speed: 'instant', budget: 'low', privacy: 'local' } as const;

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
});

describe('the share link', () => {
  it('is the verdict’s page of the standalone app, whatever page it is made on, with the answers and the estimate’s inputs', () => {
    expect(
      shareUrl('https://example.com/tools/?embed=1&theme=dark#v=1&step=task', 'slm', ALL_SLM, { rpd: 50 }),
    ).toBe(
      'https://example.com/tools/r/slm/#v=1&task=simple&run=device&speed=instant&budget=low&privacy=local&rpd=50',
    );
    expect(shareUrl('https://example.com/tools/r/llm/', 'hybrid', { task: 'mixed' })).toBe(
      'https://example.com/tools/r/hybrid/#v=1&task=mixed',
    );
  });
});
