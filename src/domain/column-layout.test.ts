import { describe, expect, it } from "vitest";
import {
  arrangeColumns,
  DEFAULT_LAYOUT,
  isDefaultLayout,
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

describe("a column only some tables have (the reseller)", () => {
  const withReseller = ["id", "reseller", "type", "tag", "effective", "expire", "status"] as const;

  it("stands after the ID until the user moves it, in layouts and links made before it existed", () => {
    expect(arrangeColumns(withReseller, DEFAULT_LAYOUT)).toEqual(withReseller);
    const old = readLayout("status!,id!:240,name,type,tag,effective,expire");
    expect(old.order).not.toContain("reseller");
    expect(arrangeColumns(withReseller, old)).toEqual(["status", "id", "reseller", "type", "tag", "effective", "expire"]);
    expect(isDefaultLayout(DEFAULT_LAYOUT)).toBe(true);
  });

  it("keeps its place once moved or pinned, in the URL too", () => {
    const moved = moveColumn(DEFAULT_LAYOUT, "reseller", 1, withReseller);
    expect(arrangeColumns(withReseller, moved)).toEqual(["id", "type", "reseller", "tag", "effective", "expire", "status"]);
    expect(isDefaultLayout(moved)).toBe(false);
    expect(readLayout(writeLayout(moved))).toEqual(moved);
    // Moved back where it stands by itself, the layout is the default again.
    expect(isDefaultLayout(moveColumn(moved, "reseller", -1, arrangeColumns(withReseller, moved)))).toBe(true);
    const pinned = togglePin(DEFAULT_LAYOUT, "reseller");
    expect(arrangeColumns(withReseller, pinned)).toEqual(withReseller);
    expect(arrangeColumns(withReseller, togglePin(pinned, "id"))).toEqual(["reseller", "id", "type", "tag", "effective", "expire", "status"]);
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
