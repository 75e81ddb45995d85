// @vitest-environment jsdom
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { BSS_PATHS, type NewCustomerTag } from "#shared/huawei-api";
import { buildForeignIds, buildTags } from "../../../testing/tag-factory.ts";
import { render } from "../../../testing/render.tsx";
import { TagLookup } from "./tag-lookup.tsx";

const TAGS_URL = `*/api${BSS_PATHS.newCustomerTags}`;
const server = setupServer();
const requests: { body: unknown; csrf: string | null }[] = [];

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  server.resetHandlers();
  requests.length = 0;
});
afterAll(() => server.close());

/** Answers like Huawei: only the known customers among the requested IDs come back. */
function answerWith(known: NewCustomerTag[]) {
  server.use(
    http.post(TAGS_URL, async ({ request }) => {
      const body = (await request.json()) as { customer_ids?: string[] };
      requests.push({ body, csrf: request.headers.get("X-Requested-With") });
      const wanted = new Set(body.customer_ids ?? []);
      return HttpResponse.json({
        new_customer_tags: known.filter((row) => wanted.has(row.customer_id)),
      });
    }),
  );
}

async function queryIds(ids: string[]) {
  const user = userEvent.setup();
  render(<TagLookup demoMode={false} />);
  await user.click(screen.getByRole("textbox", { name: /Customer IDs/ }));
  await user.paste(ids.join(",\n"));
  await user.click(screen.getByRole("button", { name: "Query" }));
  return user;
}

describe("TagLookup", () => {
  it("shows a row for each returned customer and names the IDs Huawei left out", async () => {
    const rows = buildTags(4);
    const [foreign] = buildForeignIds(1);
    answerWith(rows);

    await queryIds([...rows.map((row) => row.customer_id), foreign!]);

    const table = await screen.findByRole("table", {
      name: "New-customer tags of the queried customers",
    });
    expect(within(table).getAllByRole("row")).toHaveLength(1 + rows.length);
    for (const row of rows) expect(within(table).getByText(row.customer_id)).toBeTruthy();
    expect(screen.getByText(/4 of 5 IDs found; 1 not returned by Huawei/)).toBeTruthy();
    expect(screen.getByText(foreign!)).toBeTruthy();
    expect(requests).toEqual([
      {
        body: { customer_ids: [...rows.map((row) => row.customer_id), foreign], limit: 5 },
        csrf: "newtag-dashboard",
      },
    ]);
  });

  it("shows Huawei's error code and message as plain text, with what to do and a working Retry", async () => {
    server.use(
      http.post(TAGS_URL, () =>
        HttpResponse.json(
          { error_code: "CBC.0151", error_msg: "Access denied <b>x</b>" },
          { status: 403 },
        ),
      ),
    );
    const [id] = buildTags(1);

    const user = await queryIds([id!.customer_id]);

    const alert = await screen.findByRole("alert");
    expect(within(alert).getByText("Error code: CBC.0151")).toBeTruthy();
    expect(within(alert).getByText(/Access denied <b>x<\/b>/)).toBeTruthy();
    expect(alert.querySelector("b")).toBeNull();
    expect(within(alert).getByText("Huawei denied access to this data.")).toBeTruthy();

    answerWith([id!]);
    await user.click(within(alert).getByRole("button", { name: "Retry" }));
    expect(await screen.findByRole("table")).toBeTruthy();
  });

  it("fills the box with sample IDs from the API in demo mode only", async () => {
    const samples = buildTags(3);
    server.use(http.post(TAGS_URL, () => HttpResponse.json({ new_customer_tags: samples })));
    const user = userEvent.setup();
    render(<TagLookup demoMode />);

    await user.click(await screen.findByRole("button", { name: "Try demo IDs" }));

    expect(screen.getByRole("textbox", { name: /Customer IDs/ })).toHaveProperty(
      "value",
      samples.map((row) => row.customer_id).join("\n"),
    );
  });

  it("offers no sample IDs outside demo mode", () => {
    render(<TagLookup demoMode={false} />);
    expect(screen.queryByRole("button", { name: "Try demo IDs" })).toBeNull();
  });

  it("keeps the Query button disabled until an ID is entered", () => {
    render(<TagLookup demoMode={false} />);
    expect(screen.getByRole("button", { name: "Query" })).toHaveProperty("disabled", true);
  });
});
