import type { Rules } from '../../rules/advice-schema';
import type { Recommendation } from '../../engine/types';
import { nextStepsFor } from '../../engine/playbooks';
import { shippedProfile } from '../../rules/shipped-profile';

/** The team's own first experiment for this verdict, in order, and its organisation's pages to read. */
export function NextStepsSection({ rules, result }: { rules: Rules; result: Recommendation }) {
  const links = shippedProfile?.links ?? [];
  return (
    <>
      <ol className="grid list-decimal gap-3 pl-6">
        {nextStepsFor(rules, result).map((step) => (
          <li key={step.title}>
            <span className="font-semibold">{step.title}.</span> {step.description}
          </li>
        ))}
      </ol>
      {links.length > 0 && (
        <>
          <h3 className="mt-4 font-semibold">At {shippedProfile!.name}</h3>
          <ul className="mt-2 grid list-disc gap-2 pl-6">
            {links.map((link) => (
              <li key={link.url}>
                <a className="underline" href={link.url}>
                  {link.title}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
