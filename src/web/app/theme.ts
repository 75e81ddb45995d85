import { createTheme, type MantineColorsTuple } from "@mantine/core";

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

const CJK_FALLBACK =
  '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC"';

export const theme = createTheme({
  primaryColor: "blue",
  colors: { slate },
  fontFamily: `-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, ${CJK_FALLBACK}, sans-serif`,
  fontFamilyMonospace:
    'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace',
  headings: {
    fontFamily: `-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, Arial, ${CJK_FALLBACK}, sans-serif`,
  },
  defaultRadius: "md",
  cursorType: "pointer",
});
