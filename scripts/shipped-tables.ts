// What the build ships, validated once here: the app trusts its own bundle (src/rules/shipped-questions.ts,
// advice.ts, catalogue.ts), so a table with any problem must stop the build instead.
import { loadQuestions } from '../src/rules/rules';
import { questionsData } from '../src/rules/questions-data';
import { withShippedAdvice } from '../src/rules/advice';
import { loadRules } from '../src/rules/advice-schema';
import { loadCatalogue } from '../src/rules/catalogue-schema';
import { catalogueData } from '../src/rules/catalogue-data';
import type { Load } from '../src/rules/rules';

function checked<T>(name: string, load: Load<T>): T {
  if (!load.ok) throw new Error(`The ${name} is invalid:\n${load.problems.join('\n')}`);
  return load.rules;
}

const questions = checked('questions table', loadQuestions(questionsData));

export const shipped = {
  questions,
  rules: checked('advice table', loadRules(withShippedAdvice(questions))),
  catalogue: checked('model catalogue', loadCatalogue(catalogueData)),
};
