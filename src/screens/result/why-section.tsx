import type { Rules } from '../../rules/advice-schema';
import type { AnswerReason, AnswerRole, Recommendation } from '../../engine/types';
import { PullDots } from '../../components/pull-dots';
import { criterionOf, optionOf } from '../../engine/rules-index';

const GROUPS: { role: AnswerRole; title: string; empty: string }[] = [
  { role: 'need', title: 'What your task needs', empty: '' },
  {
    role: 'constraint',
    title: 'Constraints that can pull it down',
    empty: 'None of your answers limits the model.',
  },
  {
    role: 'neutral',
    title: 'Answers that changed nothing',
    empty: 'Every other answer is the task or a constraint.',
  },
];

const points = (n: number) => `${n} point${n === 1 ? '' : 's'} of pull`;

/** The answers grouped by what they did: the need, the constraints, and the permissions that changed nothing. */
export function WhySection({ rules, result }: { rules: Rules; result: Recommendation }) {
  return (
    <div className="grid gap-5">
      {GROUPS.map((group) => {
        const items = result.reasons.filter((r) => r.role === group.role);
        return (
          <div key={group.role}>
            <h3 className="mb-2 font-bold">{group.title}</h3>
            {items.length === 0 ? (
              <p className="text-ink-muted">{group.empty}</p>
            ) : (
              <ul className="grid gap-3">
                {items.map((item) => (
                  <ReasonItem key={item.criterion} rules={rules} item={item} />
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </div>
  );
}

function ReasonItem({ rules, item }: { rules: Rules; item: AnswerReason }) {
  const criterion = criterionOf(rules, item.criterion);
  const option = optionOf(rules, item.criterion, item.option);
  return (
    <li className="grid gap-1 sm:grid-cols-[1fr_auto] sm:gap-4">
      <div>
        <p>
          <span className="font-semibold">{criterion.title}:</span> {option.label}
        </p>
        <p className="text-sm text-ink-muted">{item.reason}</p>
      </div>
      <p className="flex flex-wrap items-center gap-2 text-sm sm:flex-col sm:items-end">
        <span className="font-semibold">{rules.effects[item.effect]}</span>
        {item.role === 'constraint' && (
          <span className="inline-flex items-center gap-2">
            {option.capsAt && `Caps it at ${rules.verdicts[option.capsAt].short}; `}
            {points(item.pull)} <PullDots filled={item.pull} total={item.pull} />
          </span>
        )}
      </p>
    </li>
  );
}
