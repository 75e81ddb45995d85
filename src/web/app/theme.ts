import { type CSSVariablesResolver, createTheme, DEFAULT_THEME, type MantineColorsTuple } from "@mantine/core";

// A grey-blue for "UNDETERMINED": distinct from the plain grey of an empty tag, quieter than blue.
const slate: MantineColorsTuple = [
  "#f1f5f9",
  "#e2e8f0",
  "#cbd5e1",
  "#a7b4c6",
  "#8796ad",
  "#64748b",
  "#566379",
  "#475569",
  "#334155",
  "#1e293b",
];

// Text on Mantine's light variants (badges, alerts) uses shade 9, and "dimmed" text uses gray 6;
// with the default palettes yellow, orange and green shade 9 and gray 6 fall below WCAG AA's
// 4.5:1 on their backgrounds (teal too). Only those shades are darkened.
const withShade = (palette: MantineColorsTuple, index: number, value: string): MantineColorsTuple =>
  palette.map((shade, i) => (i === index ? value : shade)) as unknown as MantineColorsTuple;
const yellow = withShade(DEFAULT_THEME.colors.yellow, 9, "#995700");
const orange = withShade(DEFAULT_THEME.colors.orange, 9, "#b23c07");
const green = withShade(DEFAULT_THEME.colors.green, 9, "#237032");
const teal = withShade(DEFAULT_THEME.colors.teal, 9, "#066649");
const gray = withShade(DEFAULT_THEME.colors.gray, 6, "#6c757d");

const CJK_FALLBACK =
  '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC"';

export const theme = createTheme({
  primaryColor: "blue",
  colors: { slate, yellow, orange, green, teal, gray },
  // White on blue 6 is 3.5:1; blue 8 reaches 4.6:1 (WCAG AA) for filled buttons in both schemes.
  primaryShade: { light: 8, dark: 8 },
  fontFamily: `-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, ${CJK_FALLBACK}, sans-serif`,
  fontFamilyMonospace:
    'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace',
  headings: {
    fontFamily: `-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, Arial, ${CJK_FALLBACK}, sans-serif`,
  },
  defaultRadius: "md",
  cursorType: "pointer",
});

// Dark scheme: "dimmed" text is dark 2 by default, 3.9:1 on a card (dark 6); dark 1 reads at
// AA's 4.5:1 and more on cards, tinted rows and the page alike.
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {},
  dark: { "--mantine-color-dimmed": "var(--mantine-color-dark-1)" },
});
