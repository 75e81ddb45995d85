import { Text } from "@mantine/core";
import type { ChangeEvent } from "#contract/portfolio-api";
import { useT } from "../../../lib/i18n/i18n-context.ts";
import { changedValues } from "../change-values.ts";

/** The changed field's value before and after ("Y → N (SMB)", "2025-03 → 2025-04"). */
export function ChangeText({ event }: { event: Pick<ChangeEvent, "kind" | "before" | "after"> }) {
  const t = useT();
  const { before, after, type } = changedValues(event);
  const values = {
    before: before ?? t("portfolio.value.none"),
    after: after ?? t("portfolio.value.none"),
  };
  return (
    <Text span size="sm" style={{ whiteSpace: "nowrap" }}>
      {type === undefined
        ? t("portfolio.value.change", values)
        : t("portfolio.value.changeOfType", { ...values, type })}
    </Text>
  );
}
