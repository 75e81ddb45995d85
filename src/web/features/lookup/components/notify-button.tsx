import { Button, Text } from "@mantine/core";
import { IconBell } from "@tabler/icons-react";
import { useState } from "react";
import { useT } from "../../../lib/i18n/i18n-context.ts";

/** Asks the browser, once, for leave to notify when a long run ends in a background tab. */
export function NotifyButton() {
  const t = useT();
  const [permission, setPermission] = useState(() =>
    typeof Notification === "undefined" ? "denied" : Notification.permission,
  );
  if (permission === "granted") {
    return (
      <Text size="xs" c="dimmed">
        {t("lookup.notice.asked")}
      </Text>
    );
  }
  if (permission !== "default") return null;
  return (
    <Button
      variant="subtle"
      size="compact-sm"
      leftSection={<IconBell size={14} aria-hidden />}
      onClick={() => void Notification.requestPermission().then(setPermission)}
    >
      {t("lookup.notice.ask")}
    </Button>
  );
}
