import type { LinkProblem } from './link-codec';

const MAX_SHOWN = 40;
// Values come from strangers' links: shorten them so a notice stays readable. React escapes them.
const shown = (value: string) => (value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value);

/** One plain-language sentence per problem, for a notice above the wizard. */
export function describeLinkProblem(problem: LinkProblem): string {
  switch (problem.kind) {
    case 'too-long':
      return `This link is damaged: it is ${problem.length.toLocaleString('en')} characters long, far more than any link this app makes, so we ignored it.`;
    case 'bad-version':
      return `This link is damaged: its version "v=${shown(problem.value)}" is not a whole number, so we ignored it.`;
    case 'newer-version':
      return `This link was made by a newer version of this app (link version ${problem.version}). Open it in the latest version to see its result.`;
    case 'ambiguous':
      return `This link gives "${shown(problem.key)}" more than once, so we could not tell which one was meant and left it out.`;
    case 'empty-answer':
      return `This link had an empty answer for "${problem.criterion}", so that question is still open.`;
    case 'unknown-answer':
      return `This link had an answer we don't recognise (${problem.criterion}=${shown(problem.value)}), so that question is still open.`;
    case 'bad-estimate':
      if (problem.key === 'dev')
        return `This link named a class of device we don't know (dev=${shown(problem.value)}), so the candidates cover phones and laptops.`;
      if (problem.key === 'hw')
        return `This link named a GPU we don't know (hw=${shown(problem.value)}), so the estimate uses its own.`;
      if (problem.key === 'prec')
        return `This link named a precision for the weights we don't know (prec=${shown(problem.value)}), so each model is sized at its own.`;
      if (problem.key === 'pay')
        return `This link had a way of paying for GPUs we don't know (pay=${shown(problem.value)}), so the estimate uses its default.`;
      return `This link had a cost estimate value we can't use (${shown(problem.key)}=${shown(problem.value)}), so the estimate uses its default there.`;
    case 'unknown-step':
      return `This link asked for a step we don't know ("${shown(problem.value)}"), so we opened the first open question instead.`;
  }
}

/** The sentence that says what survived, e.g. "We kept the other four answers." */
export function describeKept(kept: number): string {
  if (kept === 0) return 'No answers could be kept.';
  if (kept === 1) return 'We kept the other answer.';
  return `We kept the other ${['two', 'three', 'four', 'five'][kept - 2]} answers.`;
}
