import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site-footer";
import { brand } from "@/lib/config/brand";
import { siteOrigin } from "@/lib/env";
import "./globals.css";

// No cookies, headers or session here: the public pages must stay static.
export const metadata: Metadata = {
  metadataBase: new URL(siteOrigin()),
  title: {
    default: `${brand.siteName}: what to do after a job interview`,
    template: `%s · ${brand.siteName}`,
  },
  description: `Practical advice on what to do after a job interview from ${brand.agencyName} in ${brand.city}, and a portal that turns it into a plan for every interview.`,
  applicationName: brand.siteName,
  openGraph: {
    siteName: brand.siteName,
    locale: "en_GB",
    type: "website",
  },
};

export const viewport: Viewport = {
  themeColor: "#0f5257",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en-GB">
      <body className="flex min-h-dvh flex-col">
        <a href="#main" className="skip-link">
          Skip to main content
        </a>
        {/* Each route group's layout brings the header and <main>: public pages a static one, private areas their own. */}
        {children}
        <SiteFooter />
      </body>
    </html>
  );
}
