// The portfolio's query keys, general to specific: invalidating ["portfolio"] covers everything the
// store answered; a finished sync invalidates what it wrote (rows, changes, histories), not itself.
export const portfolioKeys = {
  all: ["portfolio"] as const,
  rows: () => [...portfolioKeys.all, "rows"] as const,
  firstRows: () => [...portfolioKeys.rows(), "first"] as const,
  changes: () => [...portfolioKeys.all, "changes"] as const,
  customers: () => [...portfolioKeys.all, "customers"] as const,
  sync: () => [...portfolioKeys.all, "sync"] as const,
};
