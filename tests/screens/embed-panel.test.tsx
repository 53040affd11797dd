// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { findResult, renderApp } from '../render-app';

afterEach(cleanup);

const valueOf = (element: HTMLElement) => (element as HTMLTextAreaElement).value;

describe('the Embed this wizard panel', () => {
  it('generates both snippets for this deployment, with the chosen options', async () => {
    const user = userEvent.setup();
    renderApp({ hash: '#v=1&task=simple&run=device&speed=instant&budget=low&privacy=local' });
    await findResult();
    await user.click(screen.getByRole('button', { name: 'Embed this wizard' }));
    expect(await screen.findByRole('heading', { name: 'Embed this wizard' })).toHaveFocus();

    const script = screen.getByRole('textbox', { name: /script snippet/i });
    const iframe = screen.getByRole('textbox', { name: /plain iframe/i });
    // The element reserves the frame's height in its own markup, before any script runs.
    expect(valueOf(script)).toMatch(
      /^<div data-slm-or-llm data-theme="auto" style="container-type:inline-size"><div style="height:round\(up,max\(720px,[^"]+\)"><\/div><\/div>\n<script src="http:\/\/localhost:3000\/embed.js" defer><\/script>$/,
    );
    expect(valueOf(iframe)).toContain(
      'src="http://localhost:3000/?embed=1" title="SLM or LLM? decision wizard"',
    );

    await user.click(screen.getByRole('radio', { name: 'Dark' }));
    await user.type(screen.getByRole('textbox', { name: /accent colour/i }), 'red');
    expect(screen.getByText(/use six hex digits/i)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /accent colour/i })).toHaveAttribute('aria-invalid', 'true');
    expect(valueOf(script)).not.toContain('data-accent');

    await user.clear(screen.getByRole('textbox', { name: /accent colour/i }));
    await user.type(screen.getByRole('textbox', { name: /accent colour/i }), '#0F766E');
    await user.click(screen.getByRole('checkbox', { name: /preset my current answers/i }));
    expect(valueOf(script)).toContain(
      '<div data-slm-or-llm data-theme="dark" data-accent="0f766e" data-answers="task=simple&run=device&speed=instant&budget=low&privacy=local" style="container-type:inline-size">',
    );
    expect(valueOf(iframe)).toContain('?embed=1&theme=dark&accent=0f766e#v=1&task=simple');
    expect(screen.getByTitle('Preview of the embedded wizard')).toHaveAttribute(
      'src',
      expect.stringContaining('?embed=1&theme=dark&accent=0f766e#v=1&task=simple'),
    );

    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('heading', { name: 'Embed this wizard' })).toBeNull();
  });
});
