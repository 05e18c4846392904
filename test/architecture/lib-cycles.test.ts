import path from "node:path";
import { describe, expect, it } from "vitest";
import { folderCycles, libFolderEdges, runtimeSpecifiers } from "./import-graph";

const root = path.resolve(import.meta.dirname, "../..");

describe("imports between lib/ folders", () => {
  it("form no cycle at runtime", () => {
    const edges = libFolderEdges(root);
    const cycles = folderCycles(edges).map((members) => ({
      members,
      imports: edges.filter((edge) => members.includes(edge.from) && members.includes(edge.to)).map((edge) => `${edge.file} -> ${edge.specifier}`),
    }));
    expect(cycles).toEqual([]);
  });

  it("are actually read: the journey is imported by its audiences", () => {
    const edges = libFolderEdges(root);
    expect(edges.some((edge) => edge.from === "portal" && edge.to === "journey")).toBe(true);
    expect(edges.some((edge) => edge.from === "staff" && edge.to === "journey")).toBe(true);
  });
});

describe("folderCycles", () => {
  it("finds a cycle of two folders and of three, and ignores a chain", () => {
    expect(folderCycles([{ from: "a", to: "b" }, { from: "b", to: "c" }])).toEqual([]);
    expect(folderCycles([{ from: "portal", to: "journey" }, { from: "journey", to: "portal" }])).toEqual([["journey", "portal"]]);
    expect(folderCycles([{ from: "a", to: "b" }, { from: "b", to: "c" }, { from: "c", to: "a" }, { from: "c", to: "d" }])).toEqual([["a", "b", "c"]]);
  });
});

describe("runtimeSpecifiers", () => {
  it("leaves out type-only imports and keeps the rest", () => {
    const text = [
      'import type { A } from "@/lib/a";',
      'import { type B, type C } from "@/lib/b";',
      'import { type D, e } from "@/lib/d";',
      'import "server-only";',
      'export type { F } from "@/lib/f";',
      'export { g } from "@/lib/g";',
      'const h = await import("@/lib/h");',
    ].join("\n");
    expect(runtimeSpecifiers("x.ts", text)).toEqual(["@/lib/d", "server-only", "@/lib/g", "@/lib/h"]);
  });
});
