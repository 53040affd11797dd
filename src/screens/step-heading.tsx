import type { ReactNode } from 'react';

export const STEP_HEADING_ID = 'step-heading';

/** The main heading of a step; focus moves here on each step change (see wizard.tsx). */
export function StepHeading({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <h1
      id={STEP_HEADING_ID}
      tabIndex={-1}
      className={className ?? 'text-2xl font-bold tracking-tight sm:text-3xl'}
    >
      {children}
    </h1>
  );
}
