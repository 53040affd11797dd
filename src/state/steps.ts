import type { CriterionId } from '../rules/schema';
import type { Questions } from '../rules/questions-schema';
import { firstUnanswered } from '../engine/answers';
import type { Answers } from '../engine/types';
import type { Step, WizardData } from './wizard-types';

/** Where a set of answers should open: the requested question, else the first open one, else the result. */
export function landingStep(rules: Questions, answers: Answers, requested: CriterionId | null = null): Step {
  return requested ?? firstUnanswered(rules, answers) ?? 'result';
}

/** The step the wizard shows: a result needs all five answers, so with one missing its question shows. */
export function displayedStep(
  rules: Questions,
  { step, answers }: Pick<WizardData, 'step' | 'answers'>,
): Step {
  return step === 'result' ? landingStep(rules, answers) : step;
}
