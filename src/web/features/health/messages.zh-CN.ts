import type { Translation } from "../../lib/i18n/catalog.ts";
import type { healthEn } from "./messages.en.ts";

// Simplified Chinese messages of the health feature.
export const healthZh: Translation<typeof healthEn> = {
  "health.demoTitle": "演示数据",
  "health.demoText": "演示数据——未连接华为云账号，所有数据均为生成的示例。",
};
