import type { ReactNode } from 'react';

interface ResultSectionProps {
  title: string;
  id: string;
  className?: string;
  children: ReactNode;
}

/** One card of the result, named by its heading for landmarks and screen-reader navigation. */
export function ResultSection({ title, id, className = '', children }: ResultSectionProps) {
  return (
    <section aria-labelledby={id} className={`card ${className}`}>
      <h2 id={id} className="section-title">
        {title}
      </h2>
      {children}
    </section>
  );
}
