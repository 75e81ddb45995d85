import { Button } from "@mantine/core";
import { IconWand } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useT } from "../../../lib/i18n/i18n-context.ts";
import { lookupQueries } from "../api/tag-batch-query.ts";

const DEMO_ID_COUNT = 3;

type DemoIdsButtonProps = {
  /** Receives a few customer IDs the demo data set knows. */
  onPick: (ids: string[]) => void;
};

/** Only rendered in demo mode: real partners' customer IDs must never be suggested to anyone. */
export function DemoIdsButton({ onPick }: DemoIdsButtonProps) {
  const t = useT();
  const { data: ids = [], isPending } = useQuery(lookupQueries.sample(DEMO_ID_COUNT));
  if (!isPending && ids.length === 0) return null;
  return (
    <Button
      variant="light"
      leftSection={<IconWand size={16} aria-hidden />}
      loading={isPending}
      onClick={() => onPick(ids)}
    >
      {t("lookup.tryDemo")}
    </Button>
  );
}
