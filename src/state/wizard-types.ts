import type { CriterionId } from '../rules/schema';
import type { Answers } from '../engine/types';
import type { Traffic, TrafficKey } from '../rules/traffic';
import type { DecodedLink } from '../share/link-codec';
import type { StorageFault } from './safe-storage';
import type { AnswerSet, AnswerSetLabel } from './saved-progress';

export type Step = 'start' | CriterionId | 'result';

export type Notice =
  | { kind: 'link'; problems: DecodedLink['problems']; kept: number; fatal: boolean }
  | { kind: 'storage'; fault: StorageFault | 'stale-answers' }
  | { kind: 'set-aside' };

/** What the wizard holds: what the person chose and where they are. Everything else is derived. */
export interface WizardData {
  answers: Answers;
  /** Which set the answers are, where they came from and when they last changed (see saved-progress.ts). */
  answerSet: AnswerSetLabel;
  step: Step;
  /** Other sets of answers, kept until the person switches to one or forgets it; newest first. */
  setAside: AnswerSet[];
  /** The answers as they were before the first what-if change on the result, to go back to. */
  baseline: Answers | null;
  shortcuts: boolean;
  /** The cost estimate's inputs the person has set; the rest take the catalogue's defaults. */
  traffic: Traffic;
  notices: Notice[];
}

export interface WizardActions {
  begin(): void;
  choose(criterion: CriterionId, option: string): void;
  goTo(step: Step): void;
  next(): boolean;
  back(): void;
  startOver(): void;
  restoreBaseline(): void;
  applyLink(link: DecodedLink, source: 'open' | 'navigate'): void;
  switchTo(id: string): void;
  forget(id: string): void;
  dismiss(kind: Notice['kind']): void;
  setShortcuts(enabled: boolean): void;
  setTraffic<K extends TrafficKey>(key: K, value: Traffic[K]): void;
  report(notice: Notice): void;
}

export type WizardState = WizardData & WizardActions;
