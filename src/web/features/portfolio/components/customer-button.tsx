import { Anchor } from "@mantine/core";
import { useT } from "../../../lib/i18n/i18n-context.ts";

type CustomerButtonProps = {
  customerId: string;
  onOpen: (customerId: string) => void;
};

/** A customer ID that opens the customer's history drawer: a button, drawn as a link. */
export function CustomerButton({ customerId, onOpen }: CustomerButtonProps) {
  const t = useT();
  return (
    <Anchor
      component="button"
      type="button"
      size="sm"
      ff="monospace"
      onClick={() => onOpen(customerId)}
      aria-label={t("portfolio.customer.open", { id: customerId })}
    >
      {customerId}
    </Anchor>
  );
}
