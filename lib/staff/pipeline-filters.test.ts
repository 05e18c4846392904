import { describe, expect, it } from "vitest";
import { movedCardId, parsePipelineFilters, pipelineQuery } from "./pipeline-filters";

const id = "0b5f4c8e-3d0a-4a53-9d8e-2b7a7f1c9e10";

describe("the pipeline's address", () => {
  it("pages one stage only, and page one has no page in the address", () => {
    expect(parsePipelineFilters({ stage: "offer", page: "2" })).toMatchObject({ stage: "offer", page: 2 });
    expect(parsePipelineFilters({ stage: "offer", page: "1" }).page).toBeUndefined();
    expect(parsePipelineFilters({ page: "2" }).page).toBeUndefined();
    expect(parsePipelineFilters({ stage: "offer", page: "2.5" }).page).toBeUndefined();
    expect(parsePipelineFilters({ stage: "offer", page: "0" }).page).toBeUndefined();
  });

  it("round-trips filters and page through the query string the move action carries back", () => {
    const filters = parsePipelineFilters({ stage: "offer", page: "3", q: "khan", nonsense: "x" });
    const query = pipelineQuery(filters);
    expect(query).toBe("?stage=offer&q=khan&page=3");
    expect(parsePipelineFilters(Object.fromEntries(new URLSearchParams(query)))).toEqual(filters);
    expect(pipelineQuery({})).toBe("");
  });

  it("takes a moved card's id only when it is one", () => {
    expect(movedCardId({ moved: id })).toBe(id);
    expect(movedCardId({ moved: "not-an-id" })).toBeUndefined();
    expect(movedCardId({ moved: [id, id] })).toBeUndefined();
    expect(movedCardId({})).toBeUndefined();
  });
});
