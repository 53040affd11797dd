import type { Rules } from '../../rules/advice-schema';
import type { Recommendation } from '../../engine/types';
import { playbookFor } from '../../engine/playbooks';
import { PlaybookChecklist } from '../../components/playbook';

/** The source's nine-step playbooks for this verdict, with whose work each step is for these answers. */
export function PlaybookSection({ rules, result }: { rules: Rules; result: Recommendation }) {
  const howItFits = rules.verdicts[result.verdict].howItFits;
  return (
    <>
      {howItFits && (
        <>
          <h3 className="text-lg font-bold">How the two fit together</h3>
          <p className="mb-5">{howItFits}</p>
        </>
      )}
      <div className={`grid gap-6 ${result.playbooks.length > 1 ? 'lg:grid-cols-2' : ''}`}>
        {result.playbooks.map((side) => (
          <PlaybookChecklist key={side} playbook={playbookFor(rules, side, result.answers)} />
        ))}
      </div>
    </>
  );
}
