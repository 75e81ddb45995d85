import { Button } from "@mantine/core";

type ChoiceButtonsProps<T extends string> = {
  /** What the choice is about, for assistive technology. */
  label: string;
  options: readonly { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
};

/**
 * A choice of two or three views as pressed buttons. Lighter than a segmented control, which
 * measures itself to draw its sliding indicator: the panel has six of them to draw at once.
 */
export function ChoiceButtons<T extends string>({ label, options, value, onChange }: ChoiceButtonsProps<T>) {
  return (
    <Button.Group aria-label={label}>
      {options.map((option) => (
        <Button
          key={option.value}
          size="compact-xs"
          variant={option.value === value ? "light" : "default"}
          aria-pressed={option.value === value}
          onClick={() => onChange(option.value)}
        >
          {option.label}
        </Button>
      ))}
    </Button.Group>
  );
}
