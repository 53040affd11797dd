import { PRECISIONS, type GpuType, type Payment, type Precision } from '../../../rules/traffic';
import type { Catalogue } from '../../../rules/catalogue-schema';
import type { PathEstimate } from '../../../engine/estimate';
import { useWizard } from '../../../state/wizard-context';
import { ChoiceField } from './choice-field';
import { precisionNote } from '../../../share/experiment-text';

const PAYMENT_CHOICES = [
  ['rent', 'Rented by the hour'],
  ['own', 'Bought and run yourself'],
] as const;

const PRECISION_CHOICES: [Precision | undefined, string][] = [
  [undefined, 'Each model’s own'],
  ...(Object.entries(PRECISIONS) as [Precision, string][]),
];

/**
 * Which GPU the self-hosted paths run on, whether it is rented or bought, and the precision of the weights:
 * each travels in the share link (`hw`, `pay`, `prec`). Until the person chooses, the estimate's own choice
 * is shown checked.
 */
export function GpuFields({ catalogue, sized }: { catalogue: Catalogue; sized: PathEstimate[] }) {
  // Every self-hosted path runs on the same GPU, paid for the same way.
  const { gpu, type, each } = sized[0]!.gpus!;
  const owned = each.owned !== null;
  const choices = Object.entries(catalogue.gpus).map(([type, gpu]) => [type as GpuType, gpu.name] as const);
  const traffic = useWizard((s) => s.traffic);
  const setTraffic = useWizard((s) => s.setTraffic);
  // The person's choice shows at once; the estimate behind the note follows a moment later.
  const payment: Payment = traffic.pay ?? (owned ? 'own' : 'rent');
  const unpriced = traffic.pay === 'own' && !owned && !gpu.purchase;
  return (
    <div className="grid gap-3">
      <ChoiceField
        legend="Which GPU?"
        name="hw"
        choices={choices}
        checked={traffic.hw ?? type}
        onChange={(value) => setTraffic('hw', value)}
        note={`Self-hosted paths are sized on the ${gpu.name}: its memory decides what fits, its bandwidth how fast it answers.`}
      />
      <ChoiceField
        legend="Rented or bought?"
        name="pay"
        choices={PAYMENT_CHOICES}
        checked={payment}
        onChange={(value) => setTraffic('pay', value)}
        note={
          unpriced
            ? `No purchase price for the ${gpu.name} is published here, so it is priced rented. Choose another GPU to price it bought.`
            : payment === 'own'
              ? 'Bought: the price spread over the GPUs’ life, plus electricity. The default where data must stay on your own systems.'
              : 'Rented: always on, by the hour, from the provider named in the assumptions.'
        }
      />
      <ChoiceField
        legend="Weights served in"
        name="prec"
        choices={PRECISION_CHOICES}
        checked={traffic.prec}
        onChange={(value) => setTraffic('prec', value)}
        note={precisionNote(sized)}
      />
    </div>
  );
}
