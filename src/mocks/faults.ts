import { z } from "zod";
import type { BssApi } from "#contract/huawei-api";

const apiSchema = z.enum(["newCustomerTags", "indirectPartners", "subCustomers"]);

export const faultSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("status"),
    status: z.number().int().min(100).max(599),
    error_code: z.string().optional(),
    error_msg: z.string().optional(),
    retryAfterSeconds: z.number().nonnegative().optional(),
  }),
  z.object({ kind: z.literal("delay"), ms: z.number().int().nonnegative() }),
  /** Never answers (until the server closes). */
  z.object({ kind: z.literal("hang") }),
  /** Destroys the connection without an answer. */
  z.object({ kind: z.literal("reset") }),
  /** Answers 200 with truncated JSON. */
  z.object({ kind: z.literal("malformed") }),
  /** Answers 200 with this body instead of the data set's, e.g. fields shaped as on a real Huawei. */
  z.object({ kind: z.literal("body"), body: z.unknown() }),
]);
export type Fault = z.infer<typeof faultSchema>;

export const faultRuleSchema = z.object({
  api: apiSchema.optional(),
  /** How many calls the rule hits; -1 or "always" for every matching call. Default 1. */
  times: z
    .union([
      z
        .number()
        .int()
        .min(-1)
        .refine((n) => n !== 0, "times must not be 0"),
      z.literal("always"),
    ])
    .optional(),
  when: z
    .object({
      /** Hits only the n-th call (1-based) of the rule's API, or of all APIs if it names none. */
      nthCall: z.number().int().positive().optional(),
      /** Hits only calls that ask for this customer ID. */
      customerId: z.string().optional(),
    })
    .optional(),
  fault: faultSchema,
});
export type FaultRule = z.infer<typeof faultRuleSchema>;

export const faultRulesSchema = z.array(faultRuleSchema);

/** What the fault picker needs to know about a call. */
export interface FaultCall {
  api: BssApi;
  /** 1-based number of this call among calls to the same API. */
  apiCallNumber: number;
  /** 1-based number of this call among all BSS calls. */
  callNumber: number;
  /** Customer IDs the request names (the tag query's `customer_ids`, the list's `customer_id`). */
  customerIds: string[];
}

function matches(rule: FaultRule, call: FaultCall): boolean {
  if (rule.api && rule.api !== call.api) return false;
  const nth = rule.when?.nthCall;
  if (nth !== undefined && nth !== (rule.api ? call.apiCallNumber : call.callNumber)) return false;
  const customerId = rule.when?.customerId;
  return customerId === undefined || call.customerIds.includes(customerId);
}

/**
 * Picks the first rule that matches a call and returns its fault with the rules left afterwards:
 * the rule's `times` goes down by one and a used-up rule is dropped. Pure: the caller stores `rules`.
 */
export function pickFault(
  rules: readonly FaultRule[],
  call: FaultCall,
): { fault?: Fault; rules: FaultRule[] } {
  const index = rules.findIndex((rule) => matches(rule, call));
  const rule = rules[index];
  if (!rule) return { rules: [...rules] };
  const times = rule.times ?? 1;
  const rest = [...rules];
  if (times === "always" || times === -1) return { fault: rule.fault, rules: rest };
  if (times <= 1) rest.splice(index, 1);
  else rest[index] = { ...rule, times: times - 1 };
  return { fault: rule.fault, rules: rest };
}

/** Reads the customer IDs a request body names, for `when.customerId`; tolerant of invalid bodies. */
export function customerIdsOf(body: unknown): string[] {
  if (body === null || typeof body !== "object") return [];
  const { customer_ids: ids, customer_id: id } = body as Record<string, unknown>;
  const list = Array.isArray(ids) ? ids.filter((x): x is string => typeof x === "string") : [];
  return typeof id === "string" ? [...list, id] : list;
}
