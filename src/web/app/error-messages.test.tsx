// @vitest-environment jsdom
import { screen, within } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import type { ReactElement } from "react";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { PROXY_ERRORS } from "#contract/proxy-constants";
import { parseIdText } from "#domain/customer-ids";
import { computeBuckets } from "#domain/lookup-buckets";
import { BrowseError } from "../features/browse/components/browse-error.tsx";
import { LoadAllStatus } from "../features/browse/components/load-all-status.tsx";
import type { Browse } from "../features/browse/use-browse.ts";
import { NamesBar } from "../features/customers/components/names-bar.tsx";
import { useCustomerNames } from "../features/customers/use-customer-names.ts";
import { LookupActions } from "../features/lookup/components/lookup-actions.tsx";
import { LookupSummary } from "../features/lookup/components/lookup-summary.tsx";
import { ResellerPicker } from "../features/resellers/components/reseller-picker.tsx";
import { isNotDistributor } from "../features/resellers/reseller-text.ts";
import { ApiError } from "../lib/api-error.ts";
import { errorHelp, explainError } from "../lib/error-help.ts";
import { render } from "../testing/render.tsx";
import { buildForeignIds, buildTags } from "../testing/tag-factory.ts";
import type { Translate } from "../lib/i18n/catalog.ts";
import type { Locale } from "../lib/i18n/locale.ts";
import { catalogs } from "../testing/catalogs.ts";

// Every error the dashboard can be given, on every screen that shows errors, in both languages:
// the explanation is in the UI's language, built from the code and its parameters, and every
// control it names (in “quotes”) is a button on that screen, labelled exactly so.

type Answer = { code: string; status: number };

// The proxy's own answers (src/server/errors.ts), with each status it sends them with.
const PROXY_ANSWERS: Answer[] = [
  { code: "PROXY.0404", status: 404 },
  { code: "PROXY.0502", status: 502 },
  { code: "PROXY.0512", status: 502 },
  { code: "PROXY.0503", status: 503 },
  { code: "PROXY.0529", status: 503 },
  { code: "PROXY.0429", status: 429 },
  { code: "PROXY.0504", status: 504 },
  { code: "PROXY.0401", status: 401 },
  { code: "PROXY.0401", status: 502 },
  { code: "PROXY.0403", status: 403 },
  { code: "PROXY.0413", status: 413 },
  { code: "PROXY.0415", status: 415 },
  { code: "PROXY.0500", status: 500 },
  { code: "PROXY.0400", status: 400 },
  { code: "PROXY.0408", status: 408 },
  { code: "PROXY.0414", status: 414 },
  { code: "PROXY.0421", status: 421 },
  { code: "PROXY.0431", status: 431 },
  // Only logged: the client had gone, nobody reads the answer.
  { code: "PROXY.0499", status: 499 },
  { code: "PROXY.0530", status: 503 },
  // The portfolio's store: turned off, not answering, and a sync already running.
  { code: "PROXY.0501", status: 501 },
  { code: "PROXY.0532", status: 503 },
  { code: "PROXY.0409", status: 409 },
  // A test alert the channel refused or never answered.
  { code: "PROXY.0522", status: 502 },
];

// Huawei's documented errors of the BSS partner APIs (Huawei Cloud BSS API Reference, appendix
// "Error Codes", and the API gateway's throttling and signature codes), then the gateway answers
// the fake BSS gives besides (expired token, unknown API, body too large).
const HUAWEI_ANSWERS: Answer[] = [
  { code: "CBC.0100", status: 400 },
  { code: "CBC.0101", status: 400 },
  { code: "CBC.99000037", status: 400 },
  { code: "CBC.0154", status: 401 },
  { code: "CBC.0150", status: 403 },
  { code: "CBC.0151", status: 403 },
  { code: "CBC.0155", status: 403 },
  { code: "CBC.0156", status: 403 },
  { code: "CBC.0250", status: 429 },
  { code: "CBC.0999", status: 500 },
  { code: "APIGW.0301", status: 401 },
  { code: "APIG.0308", status: 429 },
  { code: "APIGW.0308", status: 429 },
  { code: "APIGW.0307", status: 401 },
  { code: "APIGW.0101", status: 404 },
  { code: "APIGW.0201", status: 413 },
];

type Case = Answer & { retryAfterS?: number };
const CASES: Case[] = [
  ...PROXY_ANSWERS,
  ...HUAWEI_ANSWERS,
  // Waits the server states: the advice must give the seconds.
  ...[...PROXY_ANSWERS, ...HUAWEI_ANSWERS]
    .filter((answer) => answer.status === 429 || answer.status === 503)
    .map((answer) => ({ ...answer, retryAfterS: 42 })),
  // The browser's own: no answer at all, an answer it cannot read, an error without a body.
  { code: "NETWORK", status: 0 },
  { code: "BAD_RESPONSE", status: 200 },
  { code: "HTTP_502", status: 502 },
];

describe("the table of errors this test walks", () => {
  it("holds every code the proxy has", () => {
    const walked = new Set(PROXY_ANSWERS.map((answer) => answer.code));
    expect(Object.values(PROXY_ERRORS).filter((code) => !walked.has(code))).toEqual([]);
  });

  it("holds every Huawei code the fake BSS can answer", () => {
    const sources = import.meta.glob<string>(["../../mocks/*.ts", "!../../mocks/*.test.ts"], {
      query: "?raw",
      import: "default",
      eager: true,
    });
    const used = new Set(
      Object.values(sources).flatMap((text) =>
        [...text.matchAll(/"((?:CBC|APIGW?|IAM)\.\d+)"/g)].map((match) => match[1]!),
      ),
    );
    expect(used.size).toBeGreaterThan(5);
    const walked = new Set(HUAWEI_ANSWERS.map((answer) => answer.code));
    expect([...used].filter((code) => !walked.has(code))).toEqual([]);
  });
});

// --- the wire, for the screens that call the proxy themselves ---------------------------------

let answering: Case = CASES[0]!;
const server = setupServer(
  http.post("*/api/*", () => {
    if (answering.code === "NETWORK") return HttpResponse.error();
    return HttpResponse.json(
      {
        error_code: answering.code,
        error_msg: "Something failed (server text)",
        ...(answering.retryAfterS === undefined ? {} : { retry_after_s: answering.retryAfterS }),
      },
      { status: answering.status },
    );
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
beforeEach(() => window.history.replaceState(null, "", "/"));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function apiError(c: Case): ApiError {
  return new ApiError({
    status: c.status,
    code: c.code,
    message: "Something failed (server text)",
    retryAfterS: c.retryAfterS,
  });
}

// --- the screens -----------------------------------------------------------------------------

type Screen = {
  name: string;
  /** Renders the screen in its error state and resolves once the error shows. */
  show: (c: Case, locale: Locale) => Promise<HTMLElement>;
  /** Whether this screen explains the error with the shared advice (some say something of their own). */
  explains?: (c: Case) => boolean;
};

const title = (locale: Locale) => catalogs[locale].t("error.title");

async function shown(ui: ReactElement, locale: Locale, marker: string): Promise<HTMLElement> {
  const { container } = render(ui, { locale });
  await screen.findByText(marker, { exact: false }, { timeout: 5000 });
  return container;
}

function buildBrowse(error: ApiError): Browse {
  return {
    pager: undefined as never,
    showingAll: true,
    loadAllFailed: true,
    showPages: () => {},
    rows: undefined,
    partial: undefined,
    loadAll: {
      rows: buildTags(400),
      pageCount: 2,
      running: false,
      complete: false,
      error,
      elapsedMs: 3000,
      start: () => {},
      cancel: () => {},
    },
  };
}

function LookupScreen({ error }: { error: ApiError }) {
  // What the lookup panel shows after a run whose only batch failed: its actions and summary.
  const ids = buildForeignIds(3);
  const input = parseIdText(ids.join("\n"));
  const buckets = computeBuckets(input.ids, input.invalid, [
    {
      ids,
      status: "failed",
      error: {
        code: error.code,
        message: error.message,
        status: error.status,
        retryAfterS: error.retryAfterS,
      },
    },
  ]);
  return (
    <>
      <LookupActions
        canQuery
        running={false}
        failedCount={buckets.failed.length}
        canRefresh
        canClear
        onQuery={() => {}}
        onRetryFailed={() => {}}
        onRefresh={() => {}}
        onClear={() => {}}
      />
      <LookupSummary buckets={buckets} input={input} resellerId={undefined} />
    </>
  );
}

function NamesScreen() {
  const names = useCustomerNames({
    resellerId: undefined,
    ids: buildTags(300).map((row) => row.customer_id),
  });
  return <NamesBar names={names} />;
}

const SCREENS: Screen[] = [
  {
    name: "a browse page",
    show: (c, locale) =>
      shown(<BrowseError error={apiError(c)} onRetry={() => {}} />, locale, title(locale)),
  },
  {
    name: "Load all",
    show: (c, locale) =>
      shown(<LoadAllStatus browse={buildBrowse(apiError(c))} />, locale, title(locale)),
  },
  {
    name: "a lookup's failed IDs",
    show: (c, locale) => shown(<LookupScreen error={apiError(c)} />, locale, `${c.code} · 3`),
  },
  {
    name: "customer names",
    show: (c, locale) => {
      answering = c;
      window.history.replaceState(null, "", "/?names=1");
      const refusal = !errorHelp(c).retry;
      return shown(
        <NamesScreen />,
        locale,
        refusal ? c.code : catalogs[locale].t("customers.failed"),
      );
    },
    // A refusal before any name arrived says so in words of its own.
    explains: (c) => errorHelp(c).retry,
  },
  {
    name: "the reseller picker",
    show: (c, locale) => {
      answering = c;
      const marker = isNotDistributor(apiError(c))
        ? "resellers.notDistributor.title"
        : "resellers.failed.title";
      return shown(<ResellerPicker />, locale, catalogs[locale].t(marker));
    },
    // Huawei's answer to a partner that is no distributor is explained in the picker's own words.
    explains: (c) => !isNotDistributor(apiError(c)),
  },
];

const CJK = /[\u4e00-\u9fff]/;
const quotedNames = (text: string) => [...text.matchAll(/“([^”]+)”/g)].map((match) => match[1]!);

// Each screen's control for asking again, labelled as that screen labels it.
const RETRY_LABELS: [string, (t: Translate) => string][] = [
  ["a browse page and Load all", (t) => t("error.retry")],
  ["a lookup's failed IDs", (t) => t("lookup.retryFailed", { count: "3" })],
  ["customer names", (t) => t("customers.retry")],
  ["the reseller picker", (t) => t("resellers.retry")],
];

describe.each(["en", "zh-CN"] as const)("every error code, in %s", (locale) => {
  const t: Translate = catalogs[locale].t;
  describe.each(RETRY_LABELS)("with the retry control of %s", (_screen, labelOf) => {
    const label = labelOf(t);
    it.each(
      CASES.map(
        (c) =>
          [
            `${c.code} (HTTP ${c.status}${c.retryAfterS ? `, wait ${c.retryAfterS} s` : ""})`,
            c,
          ] as const,
      ),
    )(
      "%s has advice in this language that names only that control, and only when asking again helps",
      (_name, c) => {
        const help = errorHelp(c);
        const { what, next } = explainError(t, c, label);
        for (const sentence of [what, next]) {
          expect(sentence).toMatch(locale === "en" ? /^[^\u4e00-\u9fff]+$/ : CJK);
          expect(sentence).not.toMatch(/\{\w+\}/);
        }
        expect(quotedNames(what)).toEqual([]);
        expect(quotedNames(next)).toEqual(help.retry ? [label] : []);
        // The seconds are said where waiting is the advice and the server gave them; nowhere else.
        expect(next.includes(`${c.retryAfterS} `)).toBe(help.params.seconds !== undefined);
      },
    );
  });
});

// A few errors of each kind, shown on each screen for real: the advice is there, and every
// control the screen names in quotes (its own texts included) is one of its buttons.
const SHOWN: Case[] = [
  { code: "PROXY.0503", status: 503, retryAfterS: 42 },
  { code: "APIG.0308", status: 429 },
  { code: "CBC.0100", status: 400 },
  { code: "CBC.99000037", status: 400 },
  { code: "NETWORK", status: 0 },
];

describe.each(["en", "zh-CN"] as const)("error states of the screens, in %s", (locale) => {
  const { t } = catalogs[locale];
  describe.each(SCREENS)("on $name", (screenUnderTest) => {
    it.each(SHOWN.map((c) => [`${c.code} (HTTP ${c.status})`, c] as const))(
      "%s",
      async (_name, c) => {
        const container = await screenUnderTest.show(c, locale);
        const text = container.textContent ?? "";
        const help = errorHelp(c);
        const explained = screenUnderTest.explains?.(c) ?? true;
        expect(text.includes(t(help.what))).toBe(explained);
        expect(text.includes(`${c.retryAfterS} `)).toBe(explained && c.retryAfterS !== undefined);
        expect(text).not.toMatch(/\{\w+\}/);
        for (const name of quotedNames(text)) {
          expect(within(container).getAllByRole("button", { name }).length).toBeGreaterThan(0);
        }
      },
    );
  });
});
