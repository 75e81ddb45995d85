import { describe, expect, it } from "vitest";
import {
  arrangeColumns,
  DEFAULT_LAYOUT,
  moveColumn,
  readLayout,
  togglePin,
  writeLayout,
} from "./column-layout.ts";

describe("column layout in the URL", () => {
  it("leaves the default out, and reads an absent parameter as the default", () => {
    expect(writeLayout(DEFAULT_LAYOUT)).toBeUndefined();
    expect(readLayout(undefined)).toEqual(DEFAULT_LAYOUT);
    expect(readLayout("")).toEqual(DEFAULT_LAYOUT);
  });

  it("writes order, pins and widths, and reads them back", () => {
    const layout = {
      order: ["status", "id", "name", "type", "tag", "effective", "expire"] as const,
      pinned: ["status", "id"] as const,
      widths: { id: 240, tag: 120 },
    };
    expect(writeLayout(layout)).toBe("status!,id!:240,name,type,tag:120,effective,expire");
    expect(readLayout("status!,id!:240,name,type,tag:120,effective,expire")).toEqual(layout);
  });

  it("drops unknown or repeated columns, clamps widths, and puts missing columns back in their natural place", () => {
    expect(readLayout("status,bogus,tag:5,tag:300,id!:9999")).toEqual({
      order: ["status", "tag", "effective", "expire", "id", "name", "type"],
      pinned: ["id"],
      widths: { tag: 60, id: 640 },
    });
  });
});

describe("changing the layout", () => {
  const visible = ["id", "type", "tag", "effective", "expire", "status"] as const;

  it("moves a column past its visible neighbour (hidden columns are skipped) and not past the ends", () => {
    const moved = moveColumn(DEFAULT_LAYOUT, "type", 1, visible);
    expect(arrangeColumns(visible, { ...moved, pinned: [] })).toEqual(["id", "tag", "type", "effective", "expire", "status"]);
    expect(moveColumn(DEFAULT_LAYOUT, "status", 1, visible)).toBe(DEFAULT_LAYOUT);
  });

  it("pins and unpins; pinned columns come first", () => {
    const pinned = togglePin(DEFAULT_LAYOUT, "status");
    expect(arrangeColumns(visible, pinned)).toEqual(["id", "status", "type", "tag", "effective", "expire"]);
    expect(arrangeColumns(visible, togglePin(pinned, "id"))).toEqual(["status", "id", "type", "tag", "effective", "expire"]);
  });
});
