import { startTransition, useEffect, useState, type ComponentType } from 'react';

/**
 * A component fetched when first needed which, unlike React.lazy, renders at once when its module is
 * already there: `preload()` before the first render and that render shows it, instead of it popping in
 * above the page a moment later and shifting what the person is about to click.
 */
export function onDemand<Props extends object>(load: () => Promise<ComponentType<Props>>) {
  let Loaded: ComponentType<Props> | null = null;
  let loading: Promise<void> | null = null;
  const preload = () =>
    (loading ??= load().then((component) => {
      Loaded = component;
    }));

  function OnDemand(props: Props) {
    const [, setLoaded] = useState(Loaded !== null);
    useEffect(() => {
      if (Loaded) return;
      preload()
        // A transition: a large part arriving renders in slices instead of one long task.
        .then(() => startTransition(() => setLoaded(true)))
        .catch((error: unknown) => console.error('Part of the page could not be loaded.', error));
    }, []);
    return Loaded ? <Loaded {...props} /> : null;
  }
  return { Component: OnDemand, preload };
}
