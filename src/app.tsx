import type { StoreApi } from 'zustand/vanilla';
import type { RulesLoad } from './rules/rules';
import type { WizardState } from './state/wizard-store';
import { WizardProvider } from './state/wizard-context';
import { ErrorBoundary } from './screens/error-boundary';
import { RulesErrorScreen } from './screens/rules-error-screen';
import { Wizard } from './screens/wizard';

interface AppProps {
  rulesLoad: RulesLoad;
  store: StoreApi<WizardState> | null;
  embedded: boolean;
}

export function App({ rulesLoad, store, embedded }: AppProps) {
  if (!rulesLoad.ok || !store) return <RulesErrorScreen problems={rulesLoad.ok ? [] : rulesLoad.problems} />;
  return (
    <ErrorBoundary onStartOver={() => store.getState().startOver()}>
      <WizardProvider store={store} rules={rulesLoad.rules}>
        <Wizard embedded={embedded} />
      </WizardProvider>
    </ErrorBoundary>
  );
}
