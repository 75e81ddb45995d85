import { List, Stack, Text } from "@mantine/core";
import type { Ref } from "react";
import type { IdParseResult } from "#domain/customer-ids";
import type { LookupBuckets } from "#domain/lookup-buckets";
import { useT } from "../../../lib/i18n/i18n-context.ts";
import { summaryText } from "../format.ts";
import { reasonText, whereText } from "../invalid-reason-text.ts";
import { BucketSection } from "./bucket-section.tsx";
import { FailureGroups } from "./failure-groups.tsx";
import { IdListTools } from "./id-list-tools.tsx";
import { InvalidList } from "./invalid-list.tsx";

type LookupSummaryProps = {
  /** The summary line, which takes the focus when a run ends. */
  summaryRef?: Ref<HTMLOutputElement>;
  buckets: LookupBuckets;
  input: IdParseResult;
  resellerId: string | undefined;
  /** That reseller's name as the picker shows it, when known: downloads are named after it. */
  resellerLabel?: string;
};

/** Where every input entry ended up; the four counts add up to the input, and the sum is shown. */
export function LookupSummary({ buckets, input, resellerId, resellerLabel, summaryRef }: LookupSummaryProps) {
  const t = useT();
  const failedIds = buckets.failed.map((failure) => failure.id);
  const foundIds = buckets.found.map((row) => row.customer_id);
  const scopeLabel = resellerId ? (resellerLabel ?? resellerId) : undefined;
  return (
    <Stack gap="sm">
      <Text
        ref={summaryRef}
        component="output"
        tabIndex={-1}
        display="block"
        size="sm"
        fw={600}
        aria-label={t("lookup.summary.title")}
      >
        {summaryText(buckets, t)}
      </Text>
      {buckets.pending.length > 0 && (
        <Text size="sm">{t("lookup.summary.pending", { count: buckets.pending.length })}</Text>
      )}
      <Text size="xs" c="dimmed">
        {resellerId ? t("lookup.scope.reseller", { id: resellerId }) : t("lookup.scope.own")}{" "}
        {input.duplicates > 0 && t("lookup.summary.duplicates", { count: input.duplicates })}
      </Text>
      <BucketSection
        label={t("lookup.bucket.found")}
        color="teal"
        count={buckets.found.length}
        hint={
          <Text size="xs" c="dimmed">
            {t("lookup.bucket.found.hint")}
          </Text>
        }
        ids={foundIds}
        tools={<IdListTools ids={foundIds} subject="found-ids" scopeLabel={scopeLabel} />}
      />
      <BucketSection
        label={t("lookup.bucket.notReturned")}
        color="yellow"
        count={buckets.notReturned.length}
        hint={
          <Stack gap={2}>
            <Text size="xs">{t("lookup.bucket.notReturned.hint")}</Text>
            <List size="xs" withPadding>
              <List.Item>{t("lookup.bucket.notReturned.notYours")}</List.Item>
              <List.Item>
                {resellerId
                  ? t("lookup.bucket.notReturned.otherScope")
                  : t("lookup.bucket.notReturned.reseller")}
              </List.Item>
              <List.Item>{t("lookup.bucket.notReturned.otherPartner")}</List.Item>
              <List.Item>{t("lookup.bucket.notReturned.typo")}</List.Item>
            </List>
          </Stack>
        }
        ids={buckets.notReturned}
        tools={
          <IdListTools
            ids={buckets.notReturned}
            subject="not-returned-ids"
            scopeLabel={scopeLabel}
          />
        }
      />
      <BucketSection
        label={t("lookup.bucket.invalid")}
        color="red"
        count={buckets.invalid.length}
        hint={
          <Text size="xs" c="dimmed">
            {t("lookup.bucket.invalid.hint")}
          </Text>
        }
        details={<InvalidList entries={buckets.invalid} />}
        tools={
          <IdListTools
            ids={buckets.invalid.map((entry) => entry.value)}
            subject="invalid-entries"
            scopeLabel={scopeLabel}
            csvRows={() => [
              [t("lookup.ids.header"), t("lookup.ids.reason")],
              ...buckets.invalid.map((entry) => {
                const where = whereText(t, entry);
                return [entry.value, `${reasonText(t, entry.reason)}${where ? ` (${where})` : ""}`];
              }),
            ]}
          />
        }
      />
      <BucketSection
        label={t("lookup.bucket.failed")}
        color="red"
        count={buckets.failed.length}
        hint={
          <Stack gap={4}>
            <Text size="xs" c="dimmed">
              {t("lookup.bucket.failed.hint", {
                retry: t("lookup.retryFailed", { count: buckets.failed.length }),
              })}
            </Text>
            <FailureGroups failed={buckets.failed} />
          </Stack>
        }
        ids={failedIds}
        tools={
          <IdListTools
            ids={failedIds}
            subject="failed-ids"
            scopeLabel={scopeLabel}
            csvRows={() => [
              [t("lookup.ids.header"), t("lookup.ids.errorCode"), t("lookup.ids.errorMessage")],
              ...buckets.failed.map(({ id, error }) => [id, error.code, error.message]),
            ]}
          />
        }
      />
      {/* Only after a Cancel: in a run that went to its end, nothing is ever "not sent". */}
      {buckets.notSent.length > 0 && (
        <BucketSection
          label={t("lookup.bucket.notSent")}
          color="gray"
          count={buckets.notSent.length}
          hint={
            <Text size="xs" c="dimmed">
              {t("lookup.bucket.notSent.hint")}
            </Text>
          }
          ids={buckets.notSent}
          tools={<IdListTools ids={buckets.notSent} subject="not-sent-ids" scopeLabel={scopeLabel} />}
        />
      )}
      {buckets.found.length > 0 && buckets.found.length === input.ids.length && (
        <Text size="sm" c="teal.9">
          {t("lookup.summary.allFound")}
        </Text>
      )}
    </Stack>
  );
}
