import type { Rules } from '../rules/advice-schema';
import type { Recommendation } from '../engine/types';
import { criterionOf, optionOf } from '../engine/rules-index';
import { nextStepsFor, playbookFor } from '../engine/playbooks';
import { formatDate } from './dates';
import { shippedProfile } from '../rules/shipped-profile';

const STEP_MARKS = {
  yours: '',
  maker: ' _(the model maker’s work)_',
  'not-for-you': ' _(not for these answers)_',
};

/** A Markdown decision record that pastes cleanly into a ticket or an ADR. */
export function decisionRecord(
  rules: Rules,
  result: Recommendation,
  made: { date: Date; link: string },
  /** Sections to add after the reasons, such as the candidates and the estimate. */
  experiment: string[] = [],
): string {
  const verdictText = rules.verdicts[result.verdict];
  const section = (title: string, items: string[]) =>
    items.length > 0 ? ['', `## ${title}`, '', ...items] : [];
  const lines = [
    `# Decision: ${verdictText.title}`,
    '',
    `- Date: ${made.date.toISOString().slice(0, 10)}`,
    `- Verdict: **${verdictText.short}** (${result.strength.label}; the task needs ${rules.verdicts[result.need].short})`,
    `- Advice as of ${formatDate(rules.asOf, 'long')}, rules version ${rules.version}`,
    `- Reproduce: ${made.link}`,
    ...(shippedProfile ? [`- Follows ${shippedProfile.name}’s profile of ${shippedProfile.asOf}`] : []),
    '',
    '## Why',
    '',
    result.why,
    '',
    verdictText.summary,
    '',
    '| Question | Answer | Effect | Reason |',
    '| --- | --- | --- | --- |',
    ...result.reasons.map((r) => {
      const pull = r.role === 'constraint' ? ` (pull ${r.pull})` : '';
      return `| ${criterionOf(rules, r.criterion).question} | ${optionOf(rules, r.criterion, r.option).label} | ${rules.effects[r.effect]}${pull} | ${r.reason} |`;
    }),
    ...section(
      'Hard constraints',
      result.constraints.map((c) => `- **${c.title}.** ${c.explanation}`),
    ),
    ...section(
      'Watch out',
      [...result.conflicts, ...result.checks].map((c) => `- **${c.title}.** ${c.advice}`),
    ),
    ...experiment,
    ...section(
      'What your team does next',
      nextStepsFor(rules, result).map((s, i) => `${i + 1}. **${s.title}.** ${s.description}`),
    ),
    ...section(
      'What would change the verdict',
      result.flips.map((f) => {
        const criterion = criterionOf(rules, f.criterion);
        return `- If "${criterion.title}" were "${optionOf(rules, f.criterion, f.to).label}": ${rules.verdicts[f.verdict].short}`;
      }),
    ),
  ];
  for (const side of result.playbooks) {
    const playbook = playbookFor(rules, side, result.answers);
    lines.push(
      ...section(`${playbook.title} (the source’s nine steps)`, [
        playbook.framing,
        '',
        ...playbook.steps.map(
          (s, i) =>
            `${i + 1}. **${s.title}**: ${s.description}${STEP_MARKS[s.status]}${s.note ? ` ${s.note}` : ''}`,
        ),
      ]),
    );
  }
  if (verdictText.howItFits) lines.push(...section('How the two fit together', [verdictText.howItFits]));
  return `${lines.join('\n')}\n`;
}
