const downloads = [
  {
    href: "/portal/privacy/export.zip",
    label: "Download your data as spreadsheets (.zip)",
    hint: "One spreadsheet file (CSV) per kind of record, with a read-me. Open the .zip, then open any file in Excel, Numbers or Google Sheets.",
  },
  {
    href: "/portal/privacy/export.json",
    label: "Download your data as one file for computers (.json)",
    hint: "Everything in one file, for moving your data to another service.",
  },
  {
    href: "/portal/privacy/calendar.ics",
    label: "Download your interviews and follow-ups for your calendar (.ics)",
    hint: "Every interview you have recorded and the follow-ups still to do, for Outlook, Google Calendar or Apple Calendar.",
  },
];

/** Plain links: each is a file download, so the browser saves it without leaving the page. */
export function ExportLinks() {
  return (
    <>
      <p>Everything we hold about you, ready to keep or take elsewhere. The files are made when you click, so they are up to date.</p>
      <ul className="mt-2 space-y-3">
        {downloads.map((download) => (
          <li key={download.href}>
            <a href={download.href} download className="font-semibold text-brand-dark underline">
              {download.label}
            </a>
            <p className="text-sm text-muted">{download.hint}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
