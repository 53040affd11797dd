import type { Conflict, CriterionId, Side, Verdict } from '../rules/schema';

/** Answers as they arrive from a person, a link or storage: option ids, not yet trusted. */
export type Answers = Partial<Record<CriterionId, string>>;
export type CompleteAnswers = Record<CriterionId, string>;

export type Direction = Side | 'neutral';
export type PushStrength = 'strong' | 'moderate' | 'slight' | 'none';

export interface Contribution {
  criterion: CriterionId;
  option: string;
  /** Signed share of the normalised score: negative pushes toward SLM, positive toward LLM. */
  push: number;
  direction: Direction;
  strength: PushStrength;
  reason: string;
}

export interface AppliedConstraint {
  id: string;
  title: string;
  explanation: string;
  /** True when the constraint moved the verdict away from what the weights alone gave. */
  changedVerdict: boolean;
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

export interface Recommendation {
  status: 'complete';
  answers: CompleteAnswers;
  verdict: Verdict;
  /** What the weights alone give, before hard constraints. */
  weightedVerdict: Verdict;
  /** Normalised to -1 (all SLM) … +1 (all LLM). */
  score: number;
  strength: { id: string; label: string };
  why: string;
  contributions: Contribution[];
  constraints: AppliedConstraint[];
  conflicts: Conflict[];
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
  /** True when these answers make the dimension matter. */
  emphasised: boolean;
}
