import type { NewCustomerTag } from "#shared/huawei-api";

// Until src/mocks/dataset.ts exists, tests build rows here; same seed, same rows.
const TAG_CYCLE = ["Y", "N", "UNDETERMINED", undefined] as const;

function hexId(seed: number): string {
  let state = (seed * 2_654_435_761) >>> 0;
  let id = "";
  while (id.length < 32) {
    state = (state ^ (state << 13)) >>> 0;
    state = (state ^ (state >>> 17)) >>> 0;
    state = (state ^ (state << 5)) >>> 0;
    id += state.toString(16).padStart(8, "0");
  }
  return id.slice(0, 32);
}

/** One tag row; row `index` cycles through Y, N, UNDETERMINED and no tag. */
export function buildTag(index: number, overrides: Partial<NewCustomerTag> = {}): NewCustomerTag {
  const tag = TAG_CYCLE[index % TAG_CYCLE.length];
  const month = (index % 12) + 1;
  return {
    customer_id: hexId(index + 1),
    customer_tag_type: "SMB",
    ...(tag === undefined
      ? {}
      : {
          new_customer_tag: tag,
          effective_time: `2025-${String(month).padStart(2, "0")}`,
          expire_time: `2026-${String(month).padStart(2, "0")}`,
        }),
    ...overrides,
  };
}

/** `count` rows, each from `buildTag`. */
export function buildTags(count: number): NewCustomerTag[] {
  return Array.from({ length: count }, (_, index) => buildTag(index));
}
