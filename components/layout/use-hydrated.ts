import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/**
 * False while the server renders and React hydrates, true afterwards. Lets a component render its
 * no-JavaScript fallback first and switch to the interactive version without a hydration mismatch.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
