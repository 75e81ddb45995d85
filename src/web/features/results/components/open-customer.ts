import { createContext } from "react";

/**
 * Opens a customer's details (the portfolio's history drawer) from its ID cell. Absent where the
 * page has no details to show; a context, so the memoized rows need no prop that changes.
 */
export const OpenCustomerContext = createContext<((customerId: string) => void) | undefined>(
  undefined,
);
