import { useQuery } from "@tanstack/react-query";
import type { Health } from "#contract/proxy-api";
import { healthQueries } from "./health-query.ts";

export type StoreState = Health["store"];

/** What the proxy said of the portfolio's store; undefined until health has answered. */
export function useStoreState(): StoreState | undefined {
  const { data } = useQuery(healthQueries.status());
  return data?.store;
}
