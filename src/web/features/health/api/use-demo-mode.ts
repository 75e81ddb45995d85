import { useQuery } from "@tanstack/react-query";
import { healthQueries } from "./health-query.ts";

/** True only once the proxy has said it serves generated data; unknown counts as not demo. */
export function useDemoMode(): boolean {
  const { data } = useQuery(healthQueries.status());
  return data?.mode === "demo";
}
