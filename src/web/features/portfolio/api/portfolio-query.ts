import { queryOptions } from "@tanstack/react-query";
import { PROXY_PATHS } from "#contract/proxy-constants";
import { apiRequest } from "../../../lib/api-client.ts";
import { portfolioKeys } from "./portfolio-keys.ts";

/**
 * Every customer of every scope as the store last saw them. The store changes only when a sync
 * finishes, which the page watches (it invalidates this then), so the rows stay fresh until then.
 */
export const portfolioQuery = () =>
  queryOptions({
    queryKey: portfolioKeys.rows(),
    queryFn: ({ signal }) =>
      apiRequest(PROXY_PATHS.portfolio, {
        schema: async () => (await import("#contract/portfolio-api")).portfolioSchema,
        signal,
      }),
    staleTime: Infinity,
    // A new answer replaces the old one whole: comparing 100,000 rows field by field to keep
    // unchanged ones took a quarter of a second on every fetch.
    structuralSharing: false,
  });

/** Rows of the first screen, asked for beside the whole portfolio (`?first=`). */
export const PORTFOLIO_FIRST_ROWS = 100;
export const PORTFOLIO_FIRST_PATH = `${PROXY_PATHS.portfolio}?first=${PORTFOLIO_FIRST_ROWS}`;

/**
 * The portfolio's first rows with its total: on screen at once while the whole answer (2 MB for
 * 100,000 customers, and a second of parsing) is read; refreshed with it.
 */
export const portfolioFirstRowsQuery = () =>
  queryOptions({
    queryKey: portfolioKeys.firstRows(),
    queryFn: ({ signal }) =>
      apiRequest(PORTFOLIO_FIRST_PATH, {
        schema: async () => (await import("#contract/portfolio-api")).portfolioSchema,
        signal,
      }),
    staleTime: Infinity,
  });
