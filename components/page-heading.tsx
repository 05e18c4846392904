import type { ReactNode } from "react";

type Props = {
  title: string;
  lead?: ReactNode;
};

export function PageHeading({ title, lead }: Props) {
  return (
    <div className="mb-8 max-w-3xl">
      <h1 className="text-3xl sm:text-4xl">{title}</h1>
      {lead ? <p className="mt-4 text-lg text-muted">{lead}</p> : null}
    </div>
  );
}
