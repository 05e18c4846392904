// The only script a prerendered public page loads (scripts/static-pages-without-runtime.mjs puts it
// there in place of Next.js's runtime). It hydrates the islands the page marks, enhances its menus and
// prefetches the pages a reader reaches for; React and each island's code are fetched only when the
// page has something for them to do.
import type { ComponentType } from "react";
import { hasSignedInHint } from "@/components/site-header/signed-in-hint";
import { dismissOnEscapeOrOutside } from "@/components/ui/dismissable-details";
import type { IslandName } from "./island-root";
import { prefetchDocumentsOnIntent } from "./prefetch-on-intent";

type Loader = () => Promise<ComponentType<object>>;

const loaders: Record<IslandName, Loader> = {
  account: () => import("@/components/site-header/account-island").then((module) => module.AccountIsland),
  "post-interview-checklist": () => import("@/components/tools/post-interview-checklist").then((module) => module.PostInterviewChecklist),
  "thank-you-note-builder": () => import("@/components/tools/thank-you-note-builder").then((module) => module.ThankYouNoteBuilder),
  "follow-up-calculator": () =>
    import("@/components/tools/follow-up-calculator").then((module) => module.FollowUpCalculator as ComponentType<object>),
};

function isIslandName(name: string | undefined): name is IslandName {
  return name !== undefined && Object.hasOwn(loaders, name);
}

async function hydrate(root: HTMLElement, name: IslandName): Promise<void> {
  const props = JSON.parse(root.dataset.islandProps ?? "{}") as object;
  const [Component, { hydrateIsland }] = await Promise.all([loaders[name](), import("./hydrate-island")]);
  hydrateIsland(root, Component, props);
}

/** Runs start once the island comes within a screen of the viewport: a reader who never scrolls to
 *  an article's tool never pays for React. The root is display: contents, so its content is watched. */
function whenNear(root: HTMLElement, start: () => void): void {
  const watched = root.firstElementChild;
  if (!watched || !("IntersectionObserver" in window)) return start();
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      start();
    },
    { rootMargin: "100% 0px" },
  );
  observer.observe(watched);
}

for (const root of document.querySelectorAll<HTMLElement>("[data-island]")) {
  const name = root.dataset.island;
  if (!isIslandName(name) || (name === "account" && !hasSignedInHint())) continue;
  // Reported as an uncaught error would be; the page's HTML stays, as without JavaScript.
  const start = () => void hydrate(root, name).catch((error: unknown) => reportError(new Error(`Island ${name} did not start`, { cause: error })));
  // The account corner is in the header, always in view; for a reader with no hint it stays "Sign in".
  if (name === "account") start();
  else whenNear(root, start);
}

// The phone menu is a details element that works without script; this adds Escape and click-outside.
for (const details of document.querySelectorAll<HTMLDetailsElement>("details.menu")) {
  if (!details.closest("[data-island]")) dismissOnEscapeOrOutside(details);
}

prefetchDocumentsOnIntent();
