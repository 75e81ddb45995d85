// English messages of the health feature: their keys are the source of truth for every language.
export const healthEn = {
  "health.demoTitle": "Demo data",
  "health.demoText": "Demo data — no Huawei account is connected. Figures are generated.",
} as const;
