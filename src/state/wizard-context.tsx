import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { Questions } from '../rules/schema';
import type { WizardState } from './wizard-store';

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
  return useStore(useWizardContext().store, selector);
}

export const useRules = (): Questions => useWizardContext().rules;
