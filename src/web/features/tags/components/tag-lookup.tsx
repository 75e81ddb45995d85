import { Card, Grid, Title } from "@mantine/core";
import { useId, useRef, useState } from "react";
import { useT } from "../../../app/i18n/i18n-context.ts";
import { revealIfBelowFold } from "../../../lib/reveal.ts";
import { DemoIdsButton } from "./demo-ids-button.tsx";
import { IdInput } from "./id-input.tsx";
import { TagResults } from "./tag-results.tsx";

type TagLookupProps = {
  /** The proxy serves generated data: offer sample IDs to try. */
  demoMode: boolean;
};

/** The paste-IDs-and-query workflow: input card beside (or above) the results card. */
export function TagLookup({ demoMode }: TagLookupProps) {
  const t = useT();
  const [text, setText] = useState("");
  const [submittedIds, setSubmittedIds] = useState<string[]>([]);
  const resultsRef = useRef<HTMLDivElement>(null);
  const resultsTitleId = useId();

  const submit = (ids: string[]) => {
    setSubmittedIds(ids);
    revealIfBelowFold(resultsRef.current);
  };

  const clear = () => {
    setText("");
    setSubmittedIds([]);
  };
  const emptyAction = demoMode ? (
    <DemoIdsButton onPick={(ids) => setText(ids.join("\n"))} />
  ) : undefined;

  return (
    <Grid gap="lg" align="flex-start">
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Card withBorder padding="lg" radius="md">
          <IdInput value={text} onChange={setText} onSubmit={submit} onClear={clear} />
        </Card>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 8 }}>
        <Card
          ref={resultsRef}
          withBorder
          padding="lg"
          radius="md"
          component="section"
          aria-labelledby={resultsTitleId}
          style={{
            scrollMarginTop:
              "calc(var(--app-shell-header-height, 60px) + var(--mantine-spacing-md))",
          }}
        >
          <Title order={2} size="h4" mb="md" id={resultsTitleId}>
            {t("results.title")}
          </Title>
          <TagResults ids={submittedIds} emptyAction={emptyAction} />
        </Card>
      </Grid.Col>
    </Grid>
  );
}
