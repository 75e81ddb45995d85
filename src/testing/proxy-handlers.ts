// The proxy's routes answered by the fake BSS inside msw, for component tests in jsdom.
export { createProxyHandlers } from "#mocks/browser-handlers";
export { createBssState } from "#mocks/bss-state";
export { createFakePortfolio, type FakePortfolio } from "#mocks/fake-portfolio";
