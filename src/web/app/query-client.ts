import { QueryClient } from "@tanstack/react-query";
import { isClientError, isStoreDown } from "../lib/api-error.ts";

const MAX_RETRIES = 2;

/** The app's QueryClient; tests build their own with retries off. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        refetchOnWindowFocus: false,
        // A 4xx will not change on a second try, and repeated auth failures lock the AK. A store
        // that is off or down is said at once: the portfolio's own Retry asks again when wanted.
        retry: (failureCount, error) =>
          !isClientError(error) && !isStoreDown(error) && failureCount < MAX_RETRIES,
      },
    },
  });
}
