import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  failed: boolean;
}

/** Shows a friendly page with a way out instead of a blank screen when rendering fails. */
export class ErrorBoundary extends Component<{ children: ReactNode; onStartOver: () => void }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    // Kept for developers; the page itself explains what to do.
    console.info('The wizard stopped rendering:', error, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <main className="mx-auto max-w-2xl p-6">
        <div className="card" role="alert">
          <h1 className="text-2xl font-bold">Something went wrong</h1>
          <p className="mt-2">
            The wizard hit a problem it did not expect. Your answers are still in the address bar, so
            reloading may be enough. If it happens again, start over.
          </p>
          <div className="mt-4 flex flex-wrap gap-3">
            <button type="button" className="button-primary" onClick={() => window.location.reload()}>
              Reload
            </button>
            <button
              type="button"
              className="button-secondary"
              onClick={() => {
                this.props.onStartOver();
                this.setState({ failed: false });
              }}
            >
              Start over
            </button>
          </div>
        </div>
      </main>
    );
  }
}
