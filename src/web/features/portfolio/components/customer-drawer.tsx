import { Drawer } from "@mantine/core";
import type { ResellerName } from "#domain/tag-filters";
import { useT } from "../../../lib/i18n/i18n-context.ts";
import { useOpenCustomer } from "../use-open-customer.ts";
import { CustomerHistory } from "./customer-history.tsx";

/**
 * The customer named by the URL (`customer=`), opened from What changed or from the table: its
 * state in each scope it is known in and its tag's history. Closing it takes the ID out of the URL.
 */
export function CustomerDrawer({ resellerName }: { resellerName: ResellerName }) {
  const t = useT();
  const [customerId, setCustomer] = useOpenCustomer();
  return (
    <Drawer
      opened={customerId !== undefined}
      onClose={() => setCustomer(undefined)}
      position="right"
      size="lg"
      title={
        customerId === undefined ? undefined : t("portfolio.customer.title", { id: customerId })
      }
      closeButtonProps={{ "aria-label": t("portfolio.customer.close") }}
    >
      {customerId !== undefined && (
        <CustomerHistory customerId={customerId} resellerName={resellerName} />
      )}
    </Drawer>
  );
}
