import { useId, type ReactNode } from "react";
import { ScrollRegion } from "./scroll-region";

// The one data table: pages choose the content and a few flags, never the styling.

type TableProps = {
  /** Names the table (and its scroll region) for screen readers. */
  caption: ReactNode;
  /** Most pages have a heading that already says it to sighted readers. */
  hideCaption?: boolean;
  /** Keeps 40rem for columns that squeeze badly; a phone shows the rows as cards either way. */
  wide?: boolean;
  children: ReactNode;
};

// Below 640px each row is a card and each cell says its column (`label`), styled in globals.css
// (.data-table), so no page scrolls sideways and no column is cut off.
export function Table({ caption, hideCaption = false, wide = false, children }: TableProps) {
  const captionId = useId();
  return (
    <ScrollRegion labelledBy={captionId}>
      <table className={`data-table w-full border-collapse text-left ${wide ? "sm:min-w-[40rem]" : ""}`}>
        <caption id={captionId} className={hideCaption ? "sr-only" : "mb-2 text-left text-muted"}>
          {caption}
        </caption>
        {children}
      </table>
    </ScrollRegion>
  );
}

export function TableHead({ children }: { children: ReactNode }) {
  return (
    <thead>
      <tr className="border-b-2 border-line">{children}</tr>
    </thead>
  );
}

export function TableBody({ children }: { children: ReactNode }) {
  return <tbody>{children}</tbody>;
}

export function TableRow({ children }: { children: ReactNode }) {
  return <tr className="border-b border-line align-top">{children}</tr>;
}

type CellProps = {
  children?: ReactNode;
  /** The column's name, shown before the value when the row is a card on a phone. */
  label?: string;
  numeric?: boolean;
  /** Dates and short phrases that read badly broken over lines. */
  nowrap?: boolean;
  /** Email addresses and other long unbroken strings may break anywhere. */
  breakAll?: boolean;
};

const cellClass = ({ numeric, nowrap, breakAll }: Omit<CellProps, "children" | "label">) =>
  // sm: so the phone's card layout (globals.css) is not overruled by a utility's higher specificity.
  ["sm:py-2 sm:pr-4 sm:last:pr-0 break-words", numeric && "sm:text-right", nowrap && "sm:whitespace-nowrap", breakAll && "break-all"].filter(Boolean).join(" ");

export function ColumnHeader({ children, ...flags }: Omit<CellProps, "label">) {
  return (
    <th scope="col" className={cellClass(flags)}>
      {children}
    </th>
  );
}

/** The cell that names its row (a person, an application); read out with each cell of the row. */
export function RowHeader({ children, label, ...flags }: CellProps) {
  return (
    <th scope="row" data-label={label} className={`${cellClass(flags)} font-normal`}>
      {children}
    </th>
  );
}

export function Cell({ children, label, ...flags }: CellProps) {
  return (
    <td data-label={label} className={cellClass(flags)}>
      {children}
    </td>
  );
}
