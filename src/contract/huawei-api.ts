import { z } from "zod";

import { LIMITS } from "./huawei-constants.ts";

export { BSS_PATHS, type BssApi, LIMITS } from "./huawei-constants.ts";
import type { BssApi } from "./huawei-constants.ts";

const longString = (field: string, max: number) =>
  z.string({ error: `${field} must be a string` }).max(max, {
    error: (issue) =>
      `${field} must be at most ${max} characters (got ${String((issue.input as string).length)})`,
  });

const offset = (max: number) =>
  z
    .number({ error: "offset must be an integer" })
    .int({ error: "offset must be an integer" })
    .min(0, { error: "offset must be 0 or greater" })
    .max(max, { error: `offset must be at most ${max}` });

const limit = (max: number) =>
  z
    .number({ error: "limit must be an integer" })
    .int({ error: "limit must be an integer" })
    .min(1, { error: "limit must be at least 1" })
    .max(max, { error: `limit must be at most ${max}` });

const utcTime = (field: string) =>
  z
    .string({ error: `${field} must be a string` })
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/, {
      error: `${field} must be a UTC time such as 2016-03-28T00:00:00Z`,
    });

/** Body of `POST /v2/partners/sub-customers/new-customers-tags/batch-query`. */
export const tagQueryRequestSchema = z
  .object({
    customer_ids: z
      .array(longString("each customer_ids entry", LIMITS.idLength), {
        error: "customer_ids must be a list of strings",
      })
      .max(LIMITS.idsPerTagQuery, {
        error: (issue) =>
          `customer_ids must have at most ${LIMITS.idsPerTagQuery} entries (got ${String((issue.input as unknown[]).length)})`,
      })
      .nullish(),
    offset: offset(LIMITS.int32Max).optional(),
    limit: limit(LIMITS.tagPageSize).optional(),
    indirect_partner_id: longString("indirect_partner_id", LIMITS.idLength).optional(),
  })
  .strict();
export type TagQueryRequest = z.infer<typeof tagQueryRequestSchema>;

// How Huawei's answers are read (types from Huawei's SDK models, BSS v2). A field the product
// reads is held to its type: an ID or a tag that is not text cannot be shown truthfully, so the
// answer fails. A field it does not read keeps Huawei's type when it has it and is dropped when it
// has not (null, a number for a string, ...), so it never fails an answer. Fields a schema does
// not name are dropped: contact fields, and whatever Huawei adds later.

/** A text field the product reads: a string, or null / absent for "none". */
const readText = () => z.string().nullish();

/** A field the product does not read: kept with Huawei's documented type, dropped otherwise. */
const unread = <T extends z.ZodType>(type: T) => type.optional().catch(undefined);

/** An answer's list: null or absent means an empty one. */
const answerList = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .nullish()
    .transform((items): z.output<T>[] => items ?? []);

/** One row of the tag answer; Huawei omits the tag entirely when the customer has no real-name authentication. */
export const newCustomerTagSchema = z.object({
  customer_id: z.string(),
  customer_tag_type: readText(),
  new_customer_tag: readText(),
  effective_time: readText(),
  expire_time: readText(),
});
export type NewCustomerTag = z.infer<typeof newCustomerTagSchema>;

export const tagQueryResponseSchema = z.object({
  new_customer_tags: answerList(newCustomerTagSchema),
});
export type TagQueryResponse = z.infer<typeof tagQueryResponseSchema>;

/** Body of `POST /v2/partners/indirect-partners/query` (the cloud reseller list). */
export const resellerQueryRequestSchema = z
  .object({
    account_name: longString("account_name", 64).optional(),
    associated_on_begin: utcTime("associated_on_begin").optional(),
    associated_on_end: utcTime("associated_on_end").optional(),
    indirect_partner_id: longString("indirect_partner_id", LIMITS.idLength).optional(),
    offset: offset(LIMITS.listMaxOffset).optional(),
    limit: limit(LIMITS.listPageSize).optional(),
  })
  .strict();
export type ResellerQueryRequest = z.infer<typeof resellerQueryRequestSchema>;

/** A cloud reseller as the picker shows it; its contact fields (`mobile_phone`, `email`) are left out. */
export const resellerSchema = z.object({
  indirect_partner_id: z.string(),
  name: readText(),
  account_name: readText(),
  associated_on: unread(z.string()),
  account_manager_id: unread(z.string()),
  account_manager_name: unread(z.string()),
});
export type Reseller = z.infer<typeof resellerSchema>;

export const resellerQueryResponseSchema = z.object({
  count: z.number().int().nonnegative().default(0),
  indirect_partners: answerList(resellerSchema),
});
export type ResellerQueryResponse = z.infer<typeof resellerQueryResponseSchema>;

/** Body of `POST /v2/partners/sub-customers/query` (the customer list, used for names). */
export const customerQueryRequestSchema = z
  .object({
    account_name: longString("account_name", 64).optional(),
    customer: longString("customer", 64).optional(),
    customer_id: longString("customer_id", LIMITS.idLength).optional(),
    indirect_partner_id: longString("indirect_partner_id", LIMITS.idLength).optional(),
    label: longString("label", 64).optional(),
    association_type: z.enum(["1", "2"], { error: 'association_type must be "1" or "2"' }).optional(),
    associated_on_begin: utcTime("associated_on_begin").optional(),
    associated_on_end: utcTime("associated_on_end").optional(),
    offset: offset(LIMITS.listMaxOffset).optional(),
    limit: limit(LIMITS.listPageSize).optional(),
  })
  .strict();
export type CustomerQueryRequest = z.infer<typeof customerQueryRequestSchema>;

/**
 * A customer of the customer list: the ID and names the product reads, a few descriptive fields
 * it passes on; contact fields (`telephone`, `email`, `country_code`) are deliberately left out.
 */
export const customerInfoSchema = z.object({
  customer_id: z.string(),
  customer: readText(),
  account_name: readText(),
  associated_on: unread(z.string()),
  association_type: unread(z.string()),
  label: unread(z.string()),
  // Huawei's own types: a numeric string, and two integers.
  verified_status: unread(z.string()),
  customer_type: unread(z.number().int()),
  is_frozen: unread(z.number().int()),
  customer_level: unread(z.string()),
});
export type CustomerInfo = z.infer<typeof customerInfoSchema>;

export const customerQueryResponseSchema = z.object({
  count: z.number().int().nonnegative().default(0),
  customer_infos: answerList(customerInfoSchema),
});
export type CustomerQueryResponse = z.infer<typeof customerQueryResponseSchema>;

/** Huawei's failure body, also used by the proxy for its own errors. */
export const errorBodySchema = z.object({
  error_code: z.string(),
  error_msg: z.string(),
  /** The proxy's own field (Huawei never sends it): seconds to wait before asking again. */
  retry_after_s: z.number().int().nonnegative().optional(),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** Request schemas by API, so the proxy and the fake BSS validate with the same rules. */
export const REQUEST_SCHEMAS = {
  newCustomerTags: tagQueryRequestSchema,
  indirectPartners: resellerQueryRequestSchema,
  subCustomers: customerQueryRequestSchema,
} as const;

/**
 * Validates a request body against an API's rules and returns either the parsed body or the
 * CBC.0100 error Huawei would give, naming the field and the rule broken.
 */
export function validateRequest<K extends BssApi>(
  api: K,
  body: unknown,
): { ok: true; value: z.infer<(typeof REQUEST_SCHEMAS)[K]> } | { ok: false; error: ErrorBody } {
  if (body === null || typeof body !== "object" || Array.isArray(body)) {
    return { ok: false, error: { error_code: "CBC.0100", error_msg: "the request body must be a JSON object" } };
  }
  const result = REQUEST_SCHEMAS[api].safeParse(body);
  if (result.success) return { ok: true, value: result.data as z.infer<(typeof REQUEST_SCHEMAS)[K]> };
  const issue = result.error.issues[0];
  let message = issue?.message ?? "invalid request";
  if (issue?.code === "unrecognized_keys") message = `unknown field ${issue.keys.map((k) => `"${k}"`).join(", ")}`;
  const where = issue && issue.path.length > 1 ? ` (at ${issue.path.join(".")})` : "";
  return { ok: false, error: { error_code: "CBC.0100", error_msg: `Invalid parameter: ${message}${where}` } };
}
