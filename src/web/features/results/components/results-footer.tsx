import { Group, NativeSelect, Pagination, Text } from "@mantine/core";
import { PAGE_SIZES, type PageSize } from "#domain/results-view";
import { useT } from "../../../lib/i18n/i18n-context.ts";

type ResultsFooterProps = {
  total: number;
  page: number;
  pageCount: number;
  pageSize: PageSize;
  onPage: (page: number) => void;
  onPageSize: (size: PageSize) => void;
};

/** Page size (including "all", which scrolls), the visible range and the page buttons. */
export function ResultsFooter({
  total,
  page,
  pageCount,
  pageSize,
  onPage,
  onPageSize,
}: ResultsFooterProps) {
  const t = useT();
  const from = pageSize === "all" ? 1 : (page - 1) * pageSize + 1;
  const to = pageSize === "all" ? total : Math.min(total, page * pageSize);
  return (
    <Group justify="space-between" gap="sm">
      <Group gap="sm">
        <NativeSelect
          label={t("results.table.pageSize")}
          size="xs"
          w={130}
          value={String(pageSize)}
          onChange={(event) => {
            const value = event.currentTarget.value;
            onPageSize(value === "all" ? "all" : (Number(value) as PageSize));
          }}
          data={[
            ...PAGE_SIZES.map((size) => ({ value: String(size), label: String(size) })),
            { value: "all", label: t("results.table.showAll") },
          ]}
        />
        <Text size="sm" aria-live="polite" mt={20}>
          {t("results.table.range", {
            from,
            to,
            total,
          })}
        </Text>
      </Group>
      {pageSize !== "all" && pageCount > 1 && (
        <nav aria-label={t("results.table.pagination")}>
          <Pagination
            total={pageCount}
            value={page}
            onChange={onPage}
            size="sm"
            siblings={1}
            boundaries={1}
            getItemProps={(item) => ({ "aria-label": t("results.table.page", { page: item }) })}
            getControlProps={(control) => ({
              "aria-label": t(
                control === "previous" || control === "first"
                  ? "results.table.previous"
                  : "results.table.next",
              ),
            })}
          />
        </nav>
      )}
    </Group>
  );
}
