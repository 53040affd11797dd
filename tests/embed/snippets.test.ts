import { describe, expect, it } from 'vitest';
import { embedSnippets } from '../../src/embed/snippets';

describe('embed snippets', () => {
  it('are the two-line contract snippet and the plain iframe for the deployed path', () => {
    const { script, iframe, previewUrl } = embedSnippets(
      'https://example.com/tools/wizard/index.html#v=1&step=run',
      {
        theme: 'auto',
        accent: null,
        answers: {},
      },
    );
    expect(script).toBe(
      '<div data-slm-or-llm data-theme="auto"></div>\n<script src="https://example.com/tools/wizard/embed.js" defer></script>',
    );
    expect(iframe).toBe(
      '<iframe src="https://example.com/tools/wizard/?embed=1" title="SLM or LLM? decision wizard"\n' +
        '        width="100%" height="540" loading="lazy" style="border:0"></iframe>',
    );
    expect(previewUrl).toBe('https://example.com/tools/wizard/?embed=1');
  });

  it('carries the options', () => {
    const { script, iframe } = embedSnippets('https://example.com/', {
      theme: 'dark',
      accent: '0f766e',
      answers: { task: 'simple', run: 'device' },
    });
    expect(script).toContain(
      '<div data-slm-or-llm data-theme="dark" data-accent="0f766e" data-answers="task=simple&run=device"></div>',
    );
    expect(iframe).toContain(
      'src="https://example.com/?embed=1&theme=dark&accent=0f766e#v=1&task=simple&run=device"',
    );
  });
});
