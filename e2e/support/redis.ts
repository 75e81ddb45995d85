// The suite's throwaway Redis is the one the server's own tests use.
export { redisProblem, startRedis, type TestRedis } from "../../src/server/testing/test-redis.ts";
