// What the build publishes for people and tools to read: the catalogue and GPU table it recommends from
// (with the organisation's profile applied, if it has one), and the JSON Schemas of a profile file and of
// a result copied as JSON.
import { writeFileSync } from 'node:fs';
import { applyProfile } from '../src/rules/profile-apply';
import type { Catalogue } from '../src/rules/catalogue-schema';
import { profileForBuild, profileJsonSchema } from './organisation-profile';
import { resultJsonSchema } from './result-json-schema';

export function writePublishedData(dir: string, catalogue: Catalogue) {
  const profile = profileForBuild(catalogue);
  const published = {
    profile: profile && { name: profile.name, asOf: profile.asOf },
    ...(profile ? applyProfile(catalogue, profile) : catalogue),
  };
  writeFileSync(`${dir}/catalogue.json`, `${JSON.stringify(published, null, 2)}\n`);
  const schema = {
    ...profileJsonSchema(),
    title: 'SLM or LLM? organisation profile',
    description:
      "An organisation's profile for its own build of the wizard: allowed models, prices, hardware, data policy and links (README, Your organisation's wizard).",
  };
  writeFileSync(`${dir}/profile.schema.json`, `${JSON.stringify(schema, null, 2)}\n`);
  writeFileSync(`${dir}/result.schema.json`, `${JSON.stringify(resultJsonSchema(), null, 2)}\n`);
}
