// Everything that names the agency. Another agency rebrands the site by
// editing this one file.

export const brand = {
  siteName: "Next Steps",
  agencyName: "Connections Recruitment",
  legalName: "Connections Recruitment Ltd",
  tagline: "What to do after a job interview, and help doing it",
  city: "Manchester",
  region: "Greater Manchester",
  country: "GB",
  phone: { display: "0161 832 03 03", tel: "+441618320303" },
  email: "CEA@connectionsrec.co.uk",
  /** Where the site is served; metadata, links in emails and the sitemap use it. */
  url: process.env.AUTH_URL ?? process.env.SITE_URL ?? "http://localhost:3000",
  defaultTimeZone: "Europe/London",
  locale: "en-GB",
  consultants: [
    { name: "Priya Shah", title: "Senior Consultant" },
    { name: "Tom Whitaker", title: "Consultant" },
    { name: "Grace Okafor", title: "Consultant" },
  ],
  defaultAuthor: "The Connections team",
} as const;

/** The address mail is sent from; never the agency's real inbox in demos or tests. */
export function emailFrom(): string {
  return process.env.EMAIL_FROM ?? `${brand.siteName} <no-reply@next-steps.localhost>`;
}
