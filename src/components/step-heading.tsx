import { createContext, useContext, useLayoutEffect, useRef, type ReactNode } from 'react';

export const STEP_HEADING_ID = 'step-heading';

/**
 * Called by each step heading when it mounts. The wizard answers with whether focus should move there:
 * true after a step change, so a screen that loads lazily still receives focus once it appears.
 */
export const HeadingMounted = createContext<() => boolean>(() => false);

/** The main heading of a step; focus moves here on each step change. */
export function StepHeading({ children, className }: { children: ReactNode; className?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const shouldFocus = useContext(HeadingMounted);
  // Layout effect: focus lands in the same commit that shows the heading, never a frame later.
  useLayoutEffect(() => {
    if (shouldFocus()) ref.current?.focus();
  }, [shouldFocus]);
  return (
    <h1
      id={STEP_HEADING_ID}
      ref={ref}
      tabIndex={-1}
      className={className ?? 'text-2xl font-bold tracking-tight sm:text-3xl'}
    >
      {children}
    </h1>
  );
}
