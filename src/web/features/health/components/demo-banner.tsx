import { Alert } from "@mantine/core";
import { IconFlask } from "@tabler/icons-react";
import { useT } from "../../../lib/i18n/i18n-context.ts";

/** Tells the user plainly that nothing on the page comes from Huawei. */
export function DemoBanner() {
  const t = useT();
  return (
    <Alert
      color="yellow"
      variant="light"
      title={t("health.demoTitle")}
      icon={<IconFlask aria-hidden />}
    >
      {t("health.demoText")}
    </Alert>
  );
}
