export type TagStatus = "new" | "notNew" | "undetermined" | "empty" | "other";

/**
 * Reads Huawei's `new_customer_tag`: Y, N, UNDETERMINED (eligible, not yet new), or
 * absent/blank when the customer has no real-name authentication.
 */
export function tagStatus(tag: string | null | undefined): TagStatus {
  const value = tag?.trim() ?? "";
  if (value === "") return "empty";
  if (value === "Y") return "new";
  if (value === "N") return "notNew";
  if (value === "UNDETERMINED") return "undetermined";
  return "other";
}
