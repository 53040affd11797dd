// npm run profile:check -- <file>: prints every problem of an organisation's profile with its path and a
// plain reason, and exits non-zero on any; the build (SLM_OR_LLM_PROFILE) stops on the same problems.
import { readProfile } from './organisation-profile';
import { shipped } from './shipped-tables';

const file = process.argv[2];
if (!file) {
  console.error('Usage: npm run profile:check -- <profile.json>');
  process.exit(2);
}
const checked = readProfile(file, shipped.catalogue);
if (checked.ok) {
  const { profile, catalogue } = checked.rules;
  console.log(
    `${file}: ${profile.name}'s profile of ${profile.asOf} is valid: ${catalogue.models.length} models to recommend from.`,
  );
} else {
  console.error(`${file}: ${checked.problems.length} problem(s)`);
  for (const problem of checked.problems) console.error(`  ${problem}`);
  process.exitCode = 1;
}
