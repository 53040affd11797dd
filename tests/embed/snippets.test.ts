import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { embedSnippets } from '../../src/embed/snippets';
import { RESERVED_HEIGHT, RESERVED_HEIGHT_SHEET } from '../../src/embed/frame-height';

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
      '<div data-slm-or-llm data-theme="auto" style="container-type:inline-size">' +
        '<div style="height:round(up,max(720px,1193px - 44.4cqw,1920px - 196cqw,3318px - 640cqw),1px)"></div></div>\n' +
        '<script src="https://example.com/tools/wizard/embed.js" defer></script>',
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
      '<div data-slm-or-llm data-theme="dark" data-accent="0f766e" data-answers="task=simple&run=device" style="container-type:inline-size">',
    );
    expect(iframe).toContain(
      'src="https://example.com/?embed=1&theme=dark&accent=0f766e#v=1&task=simple&run=device"',
    );
  });

  it('reserve in their own markup the height embed.js gives the frame, as the browser test page pastes them', () => {
    const [div] = embedSnippets('https://example.com/', {
      theme: 'auto',
      accent: null,
      answers: {},
    }).script.split('\n');
    expect(div).toContain(`height:${RESERVED_HEIGHT}`);
    expect(RESERVED_HEIGHT_SHEET).toContain(`[data-slm-or-llm]>iframe{`);
    expect(RESERVED_HEIGHT_SHEET).toContain(`height:${RESERVED_HEIGHT}}`);
    const page = readFileSync(new URL('../e2e/host/docs-snippet.html', import.meta.url), 'utf8');
    expect(page).toContain(div!.replace('<div ', '<div id="wizard" '));
  });
});
