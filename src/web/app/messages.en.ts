// English messages of the app shell: their keys are the source of truth for every language.
export const appEn = {
  "app.name": "New-Customer Tag Dashboard",
  "app.shortName": "New-customer tags",

  "shell.language": "Language",
  "shell.languageMenu": "Change language (current: {language})",
  "shell.colorScheme": "Colour scheme",
  "shell.colorSchemeMenu": "Change colour scheme (current: {scheme})",
  "shell.colorScheme.light": "Light",
  "shell.colorScheme.dark": "Dark",
  "shell.colorScheme.auto": "Follow system",

  "page.loading": "Loading…",
  "page.skipToResults": "Skip to results",
  "page.portfolioScope": "Every scope: your own customers and all your resellers'",
} as const;
