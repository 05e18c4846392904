import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { Cell, ColumnHeader, RowHeader, Table, TableBody, TableHead, TableRow } from "./table";

const render = (hideCaption: boolean) =>
  renderToStaticMarkup(
    <Table caption="People and their numbers" hideCaption={hideCaption}>
      <TableHead>
        <ColumnHeader>Name</ColumnHeader>
        <ColumnHeader numeric>Count</ColumnHeader>
      </TableHead>
      <TableBody>
        <TableRow>
          <RowHeader>Sam</RowHeader>
          <Cell numeric label="Count">3</Cell>
        </TableRow>
      </TableBody>
    </Table>,
  );

describe("Table", () => {
  it("marks up column headers, a row header and a caption the scroll region can be named by", () => {
    const html = render(true);
    expect(html).toMatch(/<th scope="col"[^>]*>Name<\/th>/);
    expect(html).toMatch(/<th scope="col" class="[^"]*text-right[^"]*">Count<\/th>/);
    expect(html).toMatch(/<th scope="row"[^>]*>Sam<\/th>/);
    expect(html).toMatch(/<td data-label="Count" class="[^"]*text-right[^"]*">3<\/td>/);
    // globals.css turns rows into cards below 640px, led by each cell's data-label.
    expect(html).toMatch(/<table class="data-table /);
    const captionId = html.match(/<caption id="([^"]+)" class="sr-only">People and their numbers<\/caption>/)?.[1];
    expect(captionId).toBeTruthy();
  });

  it("shows the caption when asked, and is no region or tab stop until it is seen to overflow", () => {
    const html = render(false);
    expect(html).toMatch(/<caption id="[^"]+" class="[^"]*text-muted[^"]*">/);
    expect(html).toMatch(/^<div class="relative max-w-full overflow-x-auto"><table/);
    expect(html).not.toMatch(/role="region"|tabindex/);
  });
});
