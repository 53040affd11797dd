// The templates src/first-paint.ts shows before the app runs: each question screen, each distinct verdict
// headline (keyed by the answer sets that give it) and the embedded start screen, rendered by the app's
// own components so the app later renders exactly the same markup in their place.
import { renderToString } from 'react-dom/server';
import { App } from '../src/app';
import type { Rules } from '../src/rules/advice-schema';
import type { QuestionsLoad } from '../src/rules/rules';
import { CRITERION_IDS, type CriterionId } from '../src/rules/schema';
import { recommend } from '../src/engine/score';
import type { CompleteAnswers } from '../src/engine/types';
import { ResultHeadline } from '../src/screens/result/result-screen';
import { createWizardStore } from '../src/state/wizard-store';

type LoadedQuestions = QuestionsLoad & { ok: true };

function appMarkup(rulesLoad: LoadedQuestions, embedded: boolean, step?: CriterionId): string {
  const store = createWizardStore({ rules: rulesLoad.rules });
  if (step) store.getState().goTo(step);
  return renderToString(<App rulesLoad={rulesLoad} store={store} embedded={embedded} />);
}

/** What the app's <main> holds at a step: the part of the page a question link swaps in. */
function mainOf(markup: string): string {
  const main = /<main>([\s\S]*)<\/main>/.exec(markup);
  if (!main) throw new Error('The app rendered no <main> to take a screen from');
  return main[1]!;
}

function allAnswerSets(rules: Rules): CompleteAnswers[] {
  return CRITERION_IDS.reduce<Partial<CompleteAnswers>[]>(
    (sets, id) =>
      sets.flatMap((set) =>
        rules.criteria.find((c) => c.id === id)!.options.map((o) => ({ ...set, [id]: o.id })),
      ),
    [{}],
  ) as CompleteAnswers[];
}

/** Every template, as HTML to put after the page's root element. */
export function firstPaintTemplates(rulesLoad: LoadedQuestions, rules: Rules): string {
  const templates = CRITERION_IDS.map(
    (step) => `<template data-step="${step}">${mainOf(appMarkup(rulesLoad, false, step))}</template>`,
  );
  const headlines = new Map<string, string[]>();
  for (const answers of allAnswerSets(rules)) {
    const result = recommend(rules, answers);
    if (result.status !== 'complete') throw new Error(`No verdict for ${JSON.stringify(answers)}`);
    const markup = renderToString(<ResultHeadline rules={rules} result={result} />);
    headlines.set(markup, [
      ...(headlines.get(markup) ?? []),
      CRITERION_IDS.map((id) => answers[id]).join('.'),
    ]);
  }
  for (const [markup, keys] of headlines)
    templates.push(`<template data-answers="${keys.join(' ')}">${markup}</template>`);
  templates.push(`<template data-embed>${appMarkup(rulesLoad, true)}</template>`);
  return templates.join('');
}
