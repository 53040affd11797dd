import { useId, type ReactNode } from 'react';

/**
 * A table named by the sentence above it, in a box that scrolls sideways on a narrow screen and can be
 * reached by keyboard to scroll it. The sentence stays outside the box, so it wraps instead of scrolling away.
 */
export function CaptionedTable({ caption, children }: { caption: ReactNode; children: ReactNode }) {
  const captionId = useId();
  return (
    <>
      <p id={captionId} className="mb-1">
        {caption}
      </p>
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby={captionId}>
        <table className="w-full border-collapse text-left text-sm" aria-labelledby={captionId}>
          {children}
        </table>
      </div>
    </>
  );
}
