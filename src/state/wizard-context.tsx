import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { Questions } from '../rules/questions-schema';
import type { WizardState } from './wizard-types';

interface WizardContextValue {
  store: StoreApi<WizardState>;
  rules: Questions;
}

const WizardContext = createContext<WizardContextValue | null>(null);

export function WizardProvider({ store, rules, children }: WizardContextValue & { children: ReactNode }) {
  return <WizardContext.Provider value={{ store, rules }}>{children}</WizardContext.Provider>;
}

function useWizardContext(): WizardContextValue {
  const context = useContext(WizardContext);
  if (!context) throw new Error('useWizard must be used inside <WizardProvider>');
  return context;
}

/** Reads one slice of the wizard's state, re-rendering only when that slice changes. */
export function useWizard<T>(selector: (state: WizardState) => T): T {
  const { store } = useWizardContext();
  // The page the app adopts was rendered from the state the store holds now, so hydration reads the current
  // state too (zustand's own hook would read the store's initial one and mismatch a link's screen).
  const select = () => selector(store.getState());
  return useSyncExternalStore(store.subscribe, select, select);
}

export const useRules = (): Questions => useWizardContext().rules;
