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
  defaultTimeZone: "Europe/London",
  locale: "en-GB",
  consultants: [
    { name: "Priya Shah", title: "Senior Consultant" },
    { name: "Tom Whitaker", title: "Consultant" },
    { name: "Grace Okafor", title: "Consultant" },
  ],
  defaultAuthor: "The Connections team",
} as const;
