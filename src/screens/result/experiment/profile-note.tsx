import type { PathEstimate } from '../../../engine/estimate';
import type { CompleteAnswers } from '../../../engine/types';
import type { Catalogue } from '../../../rules/catalogue-schema';
import type { Profile } from '../../../rules/profile-schema';
import { ownedGpuSentences } from '../../../share/experiment-text';

/**
 * Whose rules the candidates and figures follow on an organisation's build: its name and date, what its
 * data policy means for the answer given, and the GPUs it owns, on which self-hosting is sized, against
 * the number each self-hosted way needs at the peak.
 */
export function ProfileNote({
  profile,
  catalogue,
  answers,
  paths,
}: {
  profile: Profile;
  catalogue: Catalogue;
  answers: CompleteAnswers;
  paths: PathEstimate[];
}) {
  const policy = profile.privacy?.[answers.privacy as keyof NonNullable<Profile['privacy']>];
  return (
    <div className="rounded-xl border-2 border-line p-3 text-sm">
      <p>
        <span className="font-semibold">Follows {profile.name}’s profile</span> (reviewed {profile.asOf}):
        only the models it allows and its own, at its prices.
      </p>
      {policy && <p className="mt-1">{policy}</p>}
      {profile.owned?.map((owned) => (
        <p key={owned.gpu} className="mt-1">
          {profile.name} owns {owned.count} × {catalogue.gpus[owned.gpu].name}: self-hosting is sized on them.{' '}
          {ownedGpuSentences(owned, paths).join(' ')}
        </p>
      ))}
    </div>
  );
}
