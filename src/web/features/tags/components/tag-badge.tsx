import { Badge, type MantineColor } from "@mantine/core";
import {
  IconCircleCheck,
  IconCircleDashed,
  IconCircleX,
  IconHelpCircle,
  IconHourglass,
} from "@tabler/icons-react";
import type { ComponentType } from "react";
import type { MessageKey } from "../../../app/i18n/en.ts";
import { useT } from "../../../app/i18n/i18n-context.ts";
import { tagStatus, type TagStatus } from "../tag-status.ts";

type Look = {
  color: MantineColor;
  label: MessageKey;
  Icon: ComponentType<{ size?: number; "aria-hidden"?: boolean }>;
};

// Colour is a hint only: every badge also says in words what the tag means.
const LOOKS: Record<TagStatus, Look> = {
  new: { color: "green", label: "tag.Y", Icon: IconCircleCheck },
  notNew: { color: "red", label: "tag.N", Icon: IconCircleX },
  undetermined: { color: "slate", label: "tag.UNDETERMINED", Icon: IconHourglass },
  empty: { color: "gray", label: "tag.empty", Icon: IconCircleDashed },
  other: { color: "gray", label: "tag.other", Icon: IconHelpCircle },
};

type TagBadgeProps = {
  /** Huawei's `new_customer_tag`: Y, N, UNDETERMINED, or absent/blank. */
  value: string | null | undefined;
};

export function TagBadge({ value }: TagBadgeProps) {
  const t = useT();
  const { color, label, Icon } = LOOKS[tagStatus(value)];
  return (
    <Badge
      color={color}
      variant="light"
      tt="none"
      radius="sm"
      leftSection={<Icon size={14} aria-hidden />}
    >
      {t(label, { value: value ?? "" })}
    </Badge>
  );
}
