import { z } from "zod";
import type { BssResponse } from "./bss-errors.ts";
import { faultRuleSchema } from "./faults.ts";
import { type FakeBssState, resetFakeBssState, statsOf } from "./server-state.ts";
import { editTags, tagEditsSchema } from "./tag-edits.ts";

/** Prefix of the test-only control endpoints; Huawei has nothing there. */
export const CONTROL_PREFIX = "/__fake/";

const faultsBodySchema = z.union([
  z.array(faultRuleSchema),
  z.object({ rules: z.array(faultRuleSchema) }),
]);
const distributorBodySchema = z.object({ enabled: z.boolean() });

const ok = (body: unknown): BssResponse => ({ status: 200, body });
const invalid = (error: z.ZodError): BssResponse => ({
  status: 400,
  body: { error: z.prettifyError(error) },
});

/** Answers a `/__fake/...` control request, or undefined if no such control exists. */
export function handleControl(
  state: FakeBssState,
  method: string,
  path: string,
  body: unknown,
): BssResponse | undefined {
  switch (`${method} ${path.slice(CONTROL_PREFIX.length)}`) {
    case "PUT faults": {
      const parsed = faultsBodySchema.safeParse(body);
      if (!parsed.success) return invalid(parsed.error);
      state.faults = Array.isArray(parsed.data) ? parsed.data : parsed.data.rules;
      return ok({ rules: state.faults });
    }
    case "GET faults":
      return ok({ rules: state.faults });
    case "DELETE faults":
      state.faults = [];
      return ok({ rules: [] });
    case "PUT distributor": {
      const parsed = distributorBodySchema.safeParse(body);
      if (!parsed.success) return invalid(parsed.error);
      state.bss.distributor = parsed.data.enabled;
      return ok({ enabled: state.bss.distributor });
    }
    case "POST expire-tokens":
      return ok({ expired: state.tokens.expireAll() });
    case "GET stats":
      return ok(statsOf(state));
    case "GET calls":
      return ok({ calls: state.log });
    case "POST customers": {
      // Tags change and customers leave between two syncs (tests of the portfolio's history).
      const parsed = tagEditsSchema.safeParse(body);
      if (!parsed.success) return invalid(parsed.error);
      const { unknown } = editTags(state.bss.dataset, parsed.data);
      if (unknown.length > 0)
        return { status: 400, body: { error: `unknown customer IDs: ${unknown.join(", ")}` } };
      state.edited = true;
      return ok({ changed: parsed.data.set.length, removed: parsed.data.remove.length });
    }
    case "POST reset":
      resetFakeBssState(state);
      return ok({ reset: true });
    default:
      return undefined;
  }
}
