// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../src/screens/error-boundary';

function Broken(): never {
  throw new Error('a bug nobody expected');
}

describe('the error boundary', () => {
  it('shows a friendly message with a way to start over, never a blank page', async () => {
    const user = userEvent.setup();
    vi.spyOn(console, 'error').mockImplementation(() => undefined); // React reports the caught error
    const info = vi.spyOn(console, 'info').mockImplementation(() => undefined);
    const onStartOver = vi.fn();
    render(
      <ErrorBoundary onStartOver={onStartOver}>
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('heading', { name: 'Something went wrong' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(/your answers are still in the address bar/i);
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start over' }));
    expect(onStartOver).toHaveBeenCalledOnce();
    expect(info).toHaveBeenCalledWith('The wizard stopped rendering:', expect.any(Error), expect.any(String));
  });
});
