// Reads and checks an organisation's profile file against the shipped catalogue: for `npm run profile:check`
// and for the build (SLM_OR_LLM_PROFILE), which must stop on the same problems.
import { readFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { checkProfile } from '../src/rules/profile';
import { ProfileSchema } from '../src/rules/profile-schema';
import type { Load } from '../src/rules/rules';
import type { Catalogue } from '../src/rules/catalogue-schema';
import type { Profile } from '../src/rules/profile-schema';

export type CheckedProfile = Load<{ profile: Profile; catalogue: Catalogue }>;

/** The file's profile, or every problem with its path: a file that cannot be read or parsed is one problem. */
export function readProfile(file: string, catalogue: Catalogue): CheckedProfile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { ok: false, problems: [`(file): cannot be read: ${(error as Error).message}`] };
  }
  try {
    return checkProfile(catalogue, JSON.parse(text));
  } catch (error) {
    return { ok: false, problems: [`(file): is not JSON: ${(error as Error).message}`] };
  }
}

/** The profile SLM_OR_LLM_PROFILE names, or null; a bad file stops the build with its problems. */
export function profileForBuild(catalogue: Catalogue): Profile | null {
  const file = process.env.SLM_OR_LLM_PROFILE;
  if (!file) return null;
  const checked = readProfile(file, catalogue);
  if (!checked.ok) throw new Error(`The profile ${file} has problems:\n${checked.problems.join('\n')}`);
  return checked.rules.profile;
}

/** The JSON Schema of a profile, from the same zod schema the app and the build check with. */
export const profileJsonSchema = () => z.toJSONSchema(ProfileSchema, { target: 'draft-2020-12' });
