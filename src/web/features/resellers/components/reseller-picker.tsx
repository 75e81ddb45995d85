import {
  Alert,
  Button,
  Group,
  Loader,
  Select,
  Stack,
  Text,
  type ComboboxItem,
  type OptionsFilter,
} from "@mantine/core";
import { IconBuildingStore, IconCheck, IconInfoCircle, IconRefresh } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useId, useMemo, useState } from "react";
import { useT } from "../../../lib/i18n/i18n-context.ts";
import { ErrorExplanation } from "../../../components/error-explanation.tsx";
import { toApiError } from "../../../lib/api-error.ts";
import { setScope, useScopeId } from "../../../lib/scope.ts";
import { resellerQueries } from "../api/reseller-query.ts";
import { isNotDistributor, matchesReseller, resellerLabel } from "../reseller-text.ts";
import { ManualResellerInput } from "./manual-reseller-input.tsx";
import { ResellerOption } from "./reseller-option.tsx";

// Select values are strings; Huawei's reseller IDs are hex, so this one cannot clash with them.
const OWN = "__own__";
// Rendering thousands of options at once makes the dropdown sluggish; searching narrows it.
const SHOWN_OPTIONS = 200;

/** Chooses whose customers every query covers; the choice lives in the URL parameter `reseller`. */
export function ResellerPicker() {
  const t = useT();
  const resellerId = useScopeId();
  const query = useQuery(resellerQueries.list());
  const [search, setSearch] = useState("");
  const resellers = query.data;

  const byId = useMemo(
    () => new Map((resellers ?? []).map((reseller) => [reseller.indirect_partner_id, reseller])),
    [resellers],
  );
  const data = useMemo(() => {
    const items: ComboboxItem[] = [{ value: OWN, label: t("resellers.own") }];
    for (const reseller of resellers ?? []) {
      items.push({ value: reseller.indirect_partner_id, label: resellerLabel(reseller) });
    }
    // A reseller from a shared link or typed by hand stays visible even if the list lacks it.
    if (resellerId !== undefined && !byId.has(resellerId)) {
      // Only a list that arrived can say the reseller is not in it.
      const label = resellers ? t("resellers.notInList", { id: resellerId }) : resellerId;
      items.push({ value: resellerId, label });
    }
    return items;
  }, [resellers, resellerId, byId, t]);

  const filter: OptionsFilter = ({ options, search: typed, limit }) => {
    const matching = options.filter((option) => {
      if (!("value" in option)) return false;
      const reseller = byId.get(option.value);
      if (reseller) return matchesReseller(reseller, typed);
      return option.label.toLowerCase().includes(typed.trim().toLowerCase());
    });
    return matching.slice(0, limit);
  };

  const refused = query.isError && isNotDistributor(query.error);
  const failure = query.isError ? toApiError(query.error) : undefined;
  const count = resellers?.length ?? 0;
  const description = query.isPending
    ? t("resellers.loading")
    : resellers
      ? count > 0
        ? t("resellers.countHint", { count })
        : t("resellers.noneHint")
      : undefined;

  const selectId = useId();
  const descriptionId = useId();
  return (
    <Stack gap="sm">
      {/* One line: the label beside the field and the count after it, so the scope bar stays low. */}
      <Group gap="sm" wrap="wrap" align="center">
        <Text component="label" htmlFor={selectId} size="sm" fw={500}>
          {t("resellers.label")}
        </Text>
      <Select
        id={selectId}
        aria-describedby={description ? descriptionId : undefined}
        w={{ base: "100%", xs: 340 }}
        placeholder={t("resellers.placeholder")}
        data={data}
        value={resellerId ?? OWN}
        onChange={(value) => setScope(value === null || value === OWN ? undefined : value)}
        searchable
        allowDeselect={false}
        filter={filter}
        limit={SHOWN_OPTIONS}
        searchValue={search}
        onSearchChange={setSearch}
        nothingFoundMessage={t("resellers.nothingFound", { search: search.trim() })}
        disabled={!resellers || count === 0}
        leftSection={<IconBuildingStore size={18} aria-hidden />}
        rightSection={query.isFetching ? <Loader size="xs" /> : undefined}
        renderOption={({ option, checked }) => {
          const reseller = byId.get(option.value);
          return reseller ? (
            <ResellerOption reseller={reseller} checked={checked} />
          ) : (
            <Group gap="sm" wrap="nowrap" justify="space-between" w="100%">
              <Text size="sm">{option.label}</Text>
              {checked && <IconCheck size={16} aria-hidden />}
            </Group>
          );
        }}
        maxDropdownHeight={360}
        comboboxProps={{ shadow: "md" }}
      />
        {description && (
          <Text id={descriptionId} size="xs" c="dimmed">
            {description}
          </Text>
        )}
      </Group>
      {refused && failure && (
        <Alert
          color="yellow"
          variant="light"
          icon={<IconInfoCircle aria-hidden />}
          title={t("resellers.notDistributor.title")}
        >
          <Text size="sm">{t("resellers.notDistributor.text", { code: failure.code })}</Text>
        </Alert>
      )}
      {!refused && failure && (
        <Alert
          color="red"
          variant="light"
          icon={<IconInfoCircle aria-hidden />}
          title={t("resellers.failed.title")}
        >
          <Stack gap="xs" align="flex-start">
            <ErrorExplanation error={failure} retryLabel={t("resellers.retry")} />
            <Text size="sm">{t("resellers.failed.manual")}</Text>
            <Button
              size="xs"
              variant="outline"
              color="red"
              leftSection={<IconRefresh size={16} aria-hidden />}
              onClick={() => void query.refetch()}
            >
              {t("resellers.retry")}
            </Button>
          </Stack>
        </Alert>
      )}
      {failure && (
        <ManualResellerInput key={resellerId ?? OWN} value={resellerId} onApply={setScope} />
      )}
    </Stack>
  );
}
