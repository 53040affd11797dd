import { lazy, Suspense } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { QuestionsLoad } from './rules/rules';
import type { WizardState } from './state/wizard-types';
import { WizardProvider } from './state/wizard-context';
import { ErrorBoundary } from './screens/error-boundary';
import { Wizard } from './screens/wizard';

// Only a broken build shows this screen, so it stays out of every working visit's download.
const RulesErrorScreen = lazy(() =>
  import('./components/rules-error-screen').then((m) => ({ default: m.RulesErrorScreen })),
);

interface AppProps {
  rulesLoad: QuestionsLoad;
  store: StoreApi<WizardState> | null;
  embedded: boolean;
}

export function App({ rulesLoad, store, embedded }: AppProps) {
  if (!rulesLoad.ok || !store) {
    return (
      <Suspense fallback={null}>
        <RulesErrorScreen problems={rulesLoad.ok ? [] : rulesLoad.problems} />
      </Suspense>
    );
  }
  return (
    <ErrorBoundary onStartOver={() => store.getState().startOver()}>
      <WizardProvider store={store} rules={rulesLoad.rules}>
        <Wizard embedded={embedded} />
      </WizardProvider>
    </ErrorBoundary>
  );
}
