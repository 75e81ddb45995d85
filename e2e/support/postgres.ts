// The suite's throwaway PostgreSQL is the one the server's own tests use.
export {
  postgresBin,
  postgresProblem,
  startPostgres,
  type TestPostgres,
} from "../../src/server/testing/test-postgres.ts";
