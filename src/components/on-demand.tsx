import { startTransition, useEffect, useState, type ComponentType } from 'react';

export type LoadStatus = 'loading' | 'ready' | 'failed';

/**
 * A component fetched when first needed which, unlike React.lazy, renders at once when its module is
 * already there: `preload()` before the first render and that render shows it, instead of it popping in
 * above the page a moment later and shifting what the person is about to click.
 */
export function onDemand<Props extends object>(load: () => Promise<ComponentType<Props>>) {
  let Loaded: ComponentType<Props> | null = null;
  let failed = false;
  // Settles once, whoever asks: a failure is reported here a single time, and no caller sees a rejection.
  let loading: Promise<void> | null = null;
  const preload = () =>
    (loading ??= load().then(
      (component) => {
        Loaded = component;
      },
      (error: unknown) => {
        failed = true;
        console.error('Part of the page could not be loaded.', error);
      },
    ));
  const current = (): LoadStatus => (Loaded ? 'ready' : failed ? 'failed' : 'loading');

  /** Where the module is: a page that lays out what follows it waits for 'ready' or 'failed'. */
  function useStatus(): LoadStatus {
    const [status, setStatus] = useState(current);
    useEffect(() => {
      if (status !== 'loading') return;
      // A transition: a large part arriving renders in slices instead of one long task.
      void preload().then(() => startTransition(() => setStatus(current())));
    }, [status]);
    return status;
  }

  function OnDemand(props: Props) {
    const status = useStatus();
    if (status === 'failed')
      return (
        <p role="alert" className="card">
          Part of this page could not be loaded. Reload the page to try again.
        </p>
      );
    return Loaded ? <Loaded {...props} /> : null;
  }
  return { Component: OnDemand, preload, useStatus };
}
