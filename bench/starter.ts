// The pinned comparison site for bench/compare-starter.ts:
// timlrx/tailwind-nextjs-starter-blog, the most used Next.js MDX blog starter.
// None of its code lives in this repository: it is checked out in a folder of
// its own (STARTER_DIR, see bench/README.md), and this file only installs,
// builds and serves it there, and names its pages.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

export const starterRepository = "https://github.com/timlrx/tailwind-nextjs-starter-blog";
/** main on 2025-04-06 (v2.4.0 and three small fixes): Next 15.2.4, React 19.0.0, Tailwind 4.0.5, contentlayer2 0.5.5. */
export const starterCommit = "0bd9333c8e04aefac9e3811370e3800ce658ecbd";

/** The starter's pages that play the part of ours: home, the post index, and a post. */
export const starterRoutes = { home: "/", index: "/blog", post: (slug: string) => `/blog/${slug}` };

/** The published post whose MDX source is the largest, as longestArticle() picks ours. */
export function starterLongestPost(dir: string): { slug: string; bytes: number } {
  const blog = path.join(dir, "data", "blog");
  const posts: { slug: string; bytes: number }[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const file = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.mdx?$/.test(entry.name) && !/^draft:\s*true\s*$/m.test(readFileSync(file, "utf8").split(/^---\s*$/m)[1] ?? "")) {
        posts.push({ slug: path.relative(blog, file).replace(/\.mdx?$/, ""), bytes: statSync(file).size });
      }
    }
  };
  walk(blog);
  const longest = posts.sort((a, b) => b.bytes - a.bytes)[0];
  if (!longest) throw new Error(`No published posts in ${blog}`);
  return longest;
}

/** The commit checked out in `dir`, or undefined when it is not a git checkout. */
export function checkedOutCommit(dir: string): string | undefined {
  const result = spawnSync("git", ["-C", dir, "rev-parse", "HEAD"], { encoding: "utf8" });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/** Versions that decide what the starter sends, as installed. */
export function starterVersions(dir: string): string {
  return ["next", "react", "react-dom", "tailwindcss", "contentlayer2", "pliny"]
    .map((name) => {
      try {
        return `${name} ${(JSON.parse(readFileSync(path.join(dir, "node_modules", name, "package.json"), "utf8")) as { version: string }).version}`;
      } catch {
        return `${name} ?`;
      }
    })
    .join(", ");
}

function runLogged(label: string, command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<void> {
  console.log(`starter: ${label}: ${command} ${args.join(" ")} (in ${cwd})`);
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "inherit", "inherit"] });
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`starter ${label} exited with ${code}`))));
  });
}

/** The Yarn release the starter commits (.yarnrc.yml's yarnPath): run with node, so neither corepack nor a global yarn is needed. */
function yarnRelease(dir: string): string {
  const yarnPath = /^yarnPath:\s*(\S+)/m.exec(readFileSync(path.join(dir, ".yarnrc.yml"), "utf8"))?.[1];
  if (!yarnPath || !existsSync(path.join(dir, yarnPath))) throw new Error(`${dir}/.yarnrc.yml names no Yarn release that exists`);
  return path.join(dir, yarnPath);
}

const fontUrl = "https://fonts.googleapis.com/css2?family=Space+Grotesk:wght@300..700&display=swap";
const fontPackage = "@fontsource-variable/space-grotesk@5.3.0";

/**
 * next/font/google downloads Space Grotesk from Google Fonts at build time;
 * where Google is out of reach, Next's own test hook
 * (NEXT_FONT_GOOGLE_MOCKED_RESPONSES) answers that request instead, with the
 * same Google font files as Fontsource republishes them on npm (one variable
 * woff2 per subset). The files go under node_modules/, which the starter ignores.
 */
async function mockGoogleFont(dir: string): Promise<string> {
  const folder = path.join(dir, "node_modules", ".bench-fonts");
  const mock = path.join(folder, "mocked-responses.cjs");
  if (existsSync(mock)) return mock;
  mkdirSync(folder, { recursive: true });
  await runLogged("font files", "npm", ["pack", fontPackage, "--pack-destination", folder, "--silent"], folder, process.env);
  const tarball = readdirSync(folder).find((name) => name.endsWith(".tgz"));
  if (!tarball) throw new Error(`npm pack ${fontPackage} left no tarball in ${folder}`);
  await runLogged("font files", "tar", ["xzf", tarball], folder, process.env);
  // Fontsource's CSS in Google's shape: a "/* subset */" comment before each @font-face (next/font reads it to choose what to preload).
  const css = readFileSync(path.join(folder, "package", "wght.css"), "utf8")
    .replace(/\/\* space-grotesk-(.+?)-wght-normal \*\//g, "/* $1 */")
    .replaceAll("'Space Grotesk Variable'", "'Space Grotesk'")
    .replace(/url\(\.\/files\/(.+?)\) format\('woff2-variations'\)/g, (_match, file: string) => `url(${path.join(folder, "package", "files", file)}) format('woff2')`);
  writeFileSync(mock, `module.exports = ${JSON.stringify({ [fontUrl]: css }, null, 2)};\n`);
  return mock;
}

/**
 * Installs (exactly its yarn.lock, from the npm registry) and builds the starter
 * checked out in `dir`, with its own build script (`next build`, then its RSS step).
 */
export async function buildStarter(dir: string, { googleFonts }: { googleFonts: boolean }): Promise<void> {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", YARN_ENABLE_TELEMETRY: "0", YARN_NPM_REGISTRY_SERVER: "https://registry.npmjs.org" };
  if (!existsSync(path.join(dir, "node_modules", ".bin", "next"))) {
    await runLogged("install", process.execPath, [yarnRelease(dir), "install", "--immutable"], dir, env);
  }
  if (!googleFonts) env.NEXT_FONT_GOOGLE_MOCKED_RESPONSES = await mockGoogleFont(dir);
  await runLogged("build", process.execPath, [yarnRelease(dir), "run", "build"], dir, env);
}
