import { useId, type ReactNode } from "react";
import { ScrollRegion } from "./scroll-region";

// The one data table: pages choose the content and a few flags, never the styling.

type TableProps = {
  /** Names the table (and its scroll region) for screen readers. */
  caption: ReactNode;
  /** Most pages have a heading that already says it to sighted readers. */
  hideCaption?: boolean;
  /** Keeps 40rem for columns that squeeze badly: a phone scrolls it instead. */
  wide?: boolean;
  children: ReactNode;
};

export function Table({ caption, hideCaption = false, wide = false, children }: TableProps) {
  const captionId = useId();
  return (
    <ScrollRegion labelledBy={captionId}>
      <table className={`w-full border-collapse text-left ${wide ? "min-w-[40rem]" : ""}`}>
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
  numeric?: boolean;
  /** Dates and short phrases that read badly broken over lines. */
  nowrap?: boolean;
  /** Email addresses and other long unbroken strings may break anywhere. */
  breakAll?: boolean;
};

const cellClass = ({ numeric, nowrap, breakAll }: Omit<CellProps, "children">) =>
  ["py-2 pr-4 last:pr-0 break-words", numeric && "text-right", nowrap && "whitespace-nowrap", breakAll && "break-all"].filter(Boolean).join(" ");

export function ColumnHeader({ children, ...flags }: CellProps) {
  return (
    <th scope="col" className={cellClass(flags)}>
      {children}
    </th>
  );
}

/** The cell that names its row (a person, an application); read out with each cell of the row. */
export function RowHeader({ children, ...flags }: CellProps) {
  return (
    <th scope="row" className={`${cellClass(flags)} font-normal`}>
      {children}
    </th>
  );
}

export function Cell({ children, ...flags }: CellProps) {
  return <td className={cellClass(flags)}>{children}</td>;
}
