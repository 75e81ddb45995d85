// oxlint-disable-next-line import/no-unassigned-import
import "@mantine/dates/styles.css";
// oxlint-disable-next-line import/no-unassigned-import
import "dayjs/locale/zh-cn";
import { Button, Group, Menu, SimpleGrid } from "@mantine/core";
import { DatesProvider, MonthPickerInput } from "@mantine/dates";
import { IconCalendarEvent, IconChevronDown } from "@tabler/icons-react";
import { MONTH_PRESETS, monthPreset } from "#domain/month-presets";
import type { MonthRange } from "#domain/tag-filters";
import type { MessageKey } from "../../../lib/i18n/catalog.ts";
import { useLocale, useT } from "../../../lib/i18n/i18n-context.ts";

// Loaded with React.lazy: the date pickers and dayjs locales are not needed until filters show.

type MonthFiltersProps = {
  /** The current month in China Standard Time: the quick ranges count from it. */
  month: string;
  effective: MonthRange;
  expire: MonthRange;
  onChange: (changes: { effective?: MonthRange; expire?: MonthRange }) => void;
};

// The pickers speak "YYYY-MM-DD"; the filters keep "YYYY-MM".
const toPicker = (month: string | undefined) => (month ? `${month}-01` : null);
const fromPicker = (value: string | null) => (value ? value.slice(0, 7) : undefined);

/** From/to month pickers for the effective and expire months; any end may stay open. */
export function MonthFilters({ month, effective, expire, onChange }: MonthFiltersProps) {
  const t = useT();
  const { locale } = useLocale();
  const ariaLabels = {
    nextYear: t("results.filter.calendar.nextYear"),
    previousYear: t("results.filter.calendar.previousYear"),
    nextDecade: t("results.filter.calendar.nextDecade"),
    previousDecade: t("results.filter.calendar.previousDecade"),
    yearLevelControl: t("results.filter.calendar.yearLevel"),
  };
  const presets = (field: "effective" | "expire", label: MessageKey) => (
    <Menu position="bottom-start" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          size="xs"
          leftSection={<IconCalendarEvent size={14} aria-hidden />}
          rightSection={<IconChevronDown size={14} aria-hidden />}
        >
          {t("results.filter.presets", { field: t(label) })}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {MONTH_PRESETS.map((preset) => {
          const range = monthPreset(preset, month);
          return (
            <Menu.Item key={preset} onClick={() => onChange({ [field]: range })}>
              {t(`results.filter.preset.${preset}`)}
              {" · "}
              {t("results.filter.presetRange", range)}
            </Menu.Item>
          );
        })}
      </Menu.Dropdown>
    </Menu>
  );
  const picker = (
    field: "effective" | "expire",
    end: "from" | "to",
    range: MonthRange,
    label: MessageKey,
  ) => (
    <MonthPickerInput
      label={t(end === "from" ? "results.filter.from" : "results.filter.to", { field: t(label) })}
      placeholder={t("results.filter.openEnd")}
      value={toPicker(range[end])}
      onChange={(value) => {
        const next = { ...range, [end]: fromPicker(value) };
        // Keep the range the right way round instead of silently matching nothing.
        if (next.from && next.to && next.from > next.to) {
          if (end === "from") next.to = next.from;
          else next.from = next.to;
        }
        onChange({ [field]: next });
      }}
      valueFormat={locale === "zh-CN" ? "YYYY年M月" : "MMM YYYY"}
      clearable
      ariaLabels={ariaLabels}
      // Mantine's placeholder grey is 2:1 on white; this one is real text, so it must reach 4.5:1.
      styles={{ placeholder: { color: "var(--mantine-color-dimmed)" } }}
      popoverProps={{ withinPortal: true }}
    />
  );
  return (
    <DatesProvider settings={{ locale: locale === "zh-CN" ? "zh-cn" : "en" }}>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
        {picker("effective", "from", effective, "results.filter.effective")}
        {picker("effective", "to", effective, "results.filter.effective")}
        {picker("expire", "from", expire, "results.filter.expire")}
        {picker("expire", "to", expire, "results.filter.expire")}
      </SimpleGrid>
      <Group gap="xs" mt="xs">
        {presets("effective", "results.filter.effective")}
        {presets("expire", "results.filter.expire")}
      </Group>
    </DatesProvider>
  );
}
