import type { NextStep, Rules } from '../rules/advice-schema';
import type { Side, Verdict } from '../rules/schema';
import { fits, holds } from './answers';
import type { Answers } from './types';

/** Whose work a playbook step is for these answers. */
export type StepStatus = 'yours' | 'maker' | 'not-for-you';

export interface PlaybookView {
  side: Side;
  title: string;
  summary: string;
  framing: string;
  steps: { title: string; description: string; status: StepStatus; note?: string }[];
}

/** A source playbook with each step marked: the team's, the model maker's, or not for these answers. */
export function playbookFor(rules: Rules, side: Side, answers: Answers): PlaybookView {
  const { title, summary, framing, steps } = rules.playbooks[side];
  return {
    side,
    title,
    summary,
    framing,
    steps: steps.map((step) => {
      if (step.notFor && holds(step.notFor.when, answers)) {
        return {
          title: step.title,
          description: step.description,
          status: 'not-for-you',
          note: step.notFor.note,
        };
      }
      return { title: step.title, description: step.description, status: step.byMaker ? 'maker' : 'yours' };
    }),
  };
}

/** What a team does next for a verdict and the answers behind it, in order. */
export const nextStepsFor = (
  rules: Rules,
  { answers, verdict }: { answers: Answers; verdict: Verdict },
): NextStep[] => rules.nextSteps.filter((step) => fits(step, answers, verdict));
