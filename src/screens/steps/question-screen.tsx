import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { CRITERION_IDS, type CriterionId } from '../../rules/schema';
import { criterionOf } from '../../engine/rules-index';
import { OptionGroup } from '../../components/option-group';
import { Progress } from '../../components/progress';
import { useRules, useWizard } from '../../state/wizard-context';
import { StepHeading } from '../../components/step-heading';

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) &&
  !(target instanceof HTMLInputElement && target.type === 'radio');

export function QuestionScreen({ criterionId }: { criterionId: CriterionId }) {
  const rules = useRules();
  const criterion = criterionOf(rules, criterionId);
  const number = CRITERION_IDS.indexOf(criterionId) + 1;
  const value = useWizard((s) => s.answers[criterionId]);
  const choose = useWizard((s) => s.choose);
  const next = useWizard((s) => s.next);
  const back = useWizard((s) => s.back);
  const shortcuts = useWizard((s) => s.shortcuts);
  const [missing, setMissing] = useState(false);
  const errorId = `${criterionId}-error`;

  const select = useCallback(
    (option: string) => {
      setMissing(false);
      choose(criterionId, option);
    },
    [criterionId, choose],
  );

  // Number keys 1–3 pick an option; a switch in the footer turns them off (WCAG 2.1.4).
  useEffect(() => {
    if (!shortcuts) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      const option = criterion.options[Number(event.key) - 1];
      if (!option || !/^[1-3]$/.test(event.key)) return;
      event.preventDefault();
      select(option.id);
      document.querySelector<HTMLInputElement>(`input[name="${criterionId}"][value="${option.id}"]`)?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [shortcuts, criterion, criterionId, select]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (next()) return;
    setMissing(true);
    document.querySelector<HTMLInputElement>(`input[name="${criterionId}"]`)?.focus();
  };

  return (
    <form className="card" onSubmit={onSubmit} noValidate>
      <Progress current={number} total={CRITERION_IDS.length} />
      <OptionGroup
        criterion={criterion}
        value={value}
        onChange={select}
        shortcutHints={shortcuts}
        errorId={missing ? errorId : undefined}
        legend={<StepHeading>{criterion.question}</StepHeading>}
      />
      {missing && (
        <p id={errorId} role="alert" className="mt-3 font-semibold text-warn">
          ⚠ Choose one of the three answers to continue.
        </p>
      )}
      <div className="mt-6 flex flex-wrap items-center justify-between gap-3">
        <button type="button" className="button-secondary" onClick={back}>
          ← Back
        </button>
        <button type="submit" className="button-primary">
          {number === CRITERION_IDS.length ? 'See the result →' : 'Next →'}
        </button>
      </div>
    </form>
  );
}
