// Tests outside src/mocks reach the fake BSS only through src/testing (the linter enforces it):
// the demo data set and the credentials the fake accepts.
export { createDataset, DEMO_CREDENTIALS, DEMO_IAM_USER, foreignIds } from "#mocks/dataset";
