import type { Rules } from '../rules/schema';
import type { Recommendation } from '../engine/types';
import { criterionOf, optionOf } from '../engine/rules-index';

const DIRECTION_WORDS = { slm: 'toward an SLM', llm: 'toward an LLM' } as const;

/** A Markdown decision record that pastes cleanly into a ticket or an ADR. */
export function decisionRecord(
  rules: Rules,
  result: Recommendation,
  made: { date: Date; link: string },
): string {
  const verdictText = rules.verdicts[result.verdict];
  const lines = [
    `# Decision: ${verdictText.title}`,
    '',
    `- Date: ${made.date.toISOString().slice(0, 10)}`,
    `- Verdict: **${verdictText.short}** (${result.strength.label}; score ${result.score.toFixed(2)} on a scale from -1 for SLM to +1 for LLM)`,
    `- Rules version: ${rules.version}`,
    `- Reproduce: ${made.link}`,
    '',
    '## Why',
    '',
    result.why,
    '',
    verdictText.summary,
    '',
    '| Question | Answer | Pushes | Reason |',
    '| --- | --- | --- | --- |',
    ...result.contributions.map((c) => {
      const criterion = criterionOf(rules, c.criterion);
      const option = optionOf(rules, c.criterion, c.option);
      const push =
        c.direction === 'neutral' ? 'neither way' : `${c.strength}ly ${DIRECTION_WORDS[c.direction]}`;
      return `| ${criterion.question} | ${option.label} | ${push} | ${option.reason} |`;
    }),
  ];
  if (result.constraints.length > 0) {
    lines.push(
      '',
      '## Hard constraints',
      '',
      ...result.constraints.map((c) => `- **${c.title}.** ${c.explanation}`),
    );
  }
  if (result.conflicts.length > 0) {
    lines.push('', '## Watch out', '', ...result.conflicts.map((c) => `- **${c.title}.** ${c.advice}`));
  }
  if (result.flips.length > 0) {
    lines.push(
      '',
      '## What would change the verdict',
      '',
      ...result.flips.map((f) => {
        const criterion = criterionOf(rules, f.criterion);
        const option = optionOf(rules, f.criterion, f.to);
        return `- If "${criterion.title}" were "${option.label}": ${rules.verdicts[f.verdict].short}`;
      }),
    );
  }
  for (const side of result.playbooks) {
    const playbook = rules.playbooks[side];
    lines.push(
      '',
      `## ${playbook.title}`,
      '',
      ...playbook.steps.map((s, i) => `${i + 1}. **${s.title}**: ${s.description}`),
    );
  }
  if (verdictText.howItFits) lines.push('', '## How the two fit together', '', verdictText.howItFits);
  return `${lines.join('\n')}\n`;
}
