// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { onDemand } from '../../src/components/on-demand';

afterEach(cleanup);

describe('a part of the page loaded on demand', () => {
  it('renders once its module is there, and at once when it was preloaded', async () => {
    const part = onDemand(() => Promise.resolve(({ name }: { name: string }) => <p>Hello {name}</p>));
    render(<part.Component name="reader" />);
    expect(await screen.findByText('Hello reader')).toBeInTheDocument();
    cleanup();
    render(<part.Component name="again" />);
    expect(screen.getByText('Hello again')).toBeInTheDocument();
  });

  it('says on the page when its module cannot be loaded, and reports why in the console once', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const part = onDemand<object>(() =>
      Promise.reject(new TypeError('error loading dynamically imported module')),
    );
    render(
      <>
        <part.Component />
        <part.Component />
      </>,
    );
    const alerts = await screen.findAllByRole('alert');
    expect(alerts).toHaveLength(2);
    for (const alert of alerts)
      expect(alert).toHaveTextContent('Part of this page could not be loaded. Reload the page to try again.');
    expect(error).toHaveBeenCalledOnce();
    expect(error).toHaveBeenCalledWith('Part of the page could not be loaded.', expect.any(TypeError));
    // Asked for again, it settles without throwing: no caller has a rejection to handle.
    await expect(part.preload()).resolves.toBeUndefined();
    error.mockRestore();
  });
});
