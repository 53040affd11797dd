import type { CompleteAnswers } from '../../../engine/types';
import type { Catalogue } from '../../../rules/catalogue-schema';
import type { Profile } from '../../../rules/profile-schema';

/**
 * Whose rules the candidates and figures follow on an organisation's build: its name and date, what its
 * data policy means for the answer given, and the GPUs it owns, on which self-hosting is sized.
 */
export function ProfileNote({
  profile,
  catalogue,
  answers,
}: {
  profile: Profile;
  catalogue: Catalogue;
  answers: CompleteAnswers;
}) {
  const policy = profile.privacy?.[answers.privacy as keyof NonNullable<Profile['privacy']>];
  return (
    <div className="rounded-xl border-2 border-line p-3 text-sm">
      <p>
        <span className="font-semibold">Follows {profile.name}’s profile</span> (reviewed {profile.asOf}):
        only the models it allows and its own, at its prices.
      </p>
      {policy && <p className="mt-1">{policy}</p>}
      {profile.owned?.map(({ gpu, count }) => (
        <p key={gpu} className="mt-1">
          {profile.name} owns {count} × {catalogue.gpus[gpu].name}: self-hosting is sized on them.
        </p>
      ))}
    </div>
  );
}
