import type { MetadataRoute } from "next";
import { siteOrigin } from "@/lib/env";

export default function robots(): MetadataRoute.Robots {
  return {
    // Signed-in areas and tools are of no use to a search engine.
    rules: { userAgent: "*", allow: "/", disallow: ["/portal", "/consultant", "/admin", "/api/", "/dev/", "/advice/search"] },
    sitemap: new URL("/sitemap.xml", siteOrigin()).toString(),
  };
}
