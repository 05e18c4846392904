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
  // A consultant may sign an article only if they are a real member of staff
  // who has agreed to be named: set bylineAgreed to true for them, and only then.
  consultants: [
    { name: "Priya Shah", title: "Senior Consultant", bylineAgreed: false },
    { name: "Tom Whitaker", title: "Consultant", bylineAgreed: false },
    { name: "Grace Okafor", title: "Consultant", bylineAgreed: false },
  ],
  /** The agency signs every other article. */
  defaultAuthor: "The Connections team",
  /** Served from public/; Google wants a square raster of at least 112 px. */
  logo: { path: "/logo.png", width: 512, height: 512 },
} as const;
