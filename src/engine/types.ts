import type { Check, Conflict } from '../rules/advice-schema';
import type { CriterionId, Side, Verdict } from '../rules/schema';

/** Answers as they arrive from a person, a link or storage: option ids, not yet trusted. */
export type Answers = Partial<Record<CriterionId, string>>;
export type CompleteAnswers = Record<CriterionId, string>;

/** How the decision model arrived at a verdict: the need, the caps, the pull and what is left. */
export interface Decision {
  need: Verdict;
  /** The need, lowered by any answer that takes a model size away. */
  ceiling: Verdict;
  /** The constraints' pull points, summed. */
  pull: number;
  /** Levels the pull took off the ceiling. */
  levelsPulled: number;
  verdict: Verdict;
}

/** What one answer is to the decision: the need, a constraint that can pull it down, or neither. */
export type AnswerRole = 'need' | 'constraint' | 'neutral';
/** What that answer did to this verdict. */
export type AnswerEffect = 'sets' | 'pulled' | 'pressure' | 'noRoom' | 'none';

export interface AnswerReason {
  criterion: CriterionId;
  option: string;
  role: AnswerRole;
  effect: AnswerEffect;
  /** This answer's pull points (0 for the need and for permissions). */
  pull: number;
  /** True when this answer takes the larger verdicts away entirely. */
  caps: boolean;
  reason: string;
}

export interface AppliedConstraint {
  id: string;
  title: string;
  explanation: string;
}

export interface Flip {
  criterion: CriterionId;
  from: string;
  to: string;
  verdict: Verdict;
}

export interface InvalidAnswer {
  key: string;
  value: string;
}

export interface IncompleteResult {
  status: 'incomplete';
  missing: CriterionId[];
  invalid: InvalidAnswer[];
}

export interface Recommendation extends Decision {
  status: 'complete';
  answers: CompleteAnswers;
  /** The pull that takes off one level, and the most levels pull may take. */
  pullPerLevel: number;
  maxPullLevels: number;
  strength: { id: 'clear' | 'close' | 'pulled'; label: string };
  why: string;
  reasons: AnswerReason[];
  constraints: AppliedConstraint[];
  conflicts: Conflict[];
  checks: Check[];
  flips: Flip[];
  /** The playbooks to follow, in order. */
  playbooks: Side[];
}

export type RecommendResult = Recommendation | IncompleteResult;

export interface TradeoffPoint {
  id: string;
  label: string;
  slm: { rating: number; text: string };
  llm: { rating: number; text: string };
  note: string;
  /** True when these answers make the dimension matter. */
  emphasised: boolean;
}
