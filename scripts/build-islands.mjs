// After `next build`: bundles the islands script (components/islands/islands-boot.ts) that
// prerendered public pages load in place of Next.js's runtime, into .next/static/islands/, served
// as /_next/static/islands/… with Next.js's immutable caching and copied into the standalone
// server with the rest of .next/static. Three Next.js-only modules have stand-ins here: a link is
// a plain <a>, the path is the document's, and sign-out posts to Auth.js's own endpoint.
import { build } from "esbuild";
import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";

const outdir = ".next/static/islands";
const standIns = [
  [/^@\/components\/intent-link$/, "components/islands/shims/intent-link.tsx"],
  [/^next\/navigation$/, "components/islands/shims/navigation.ts"],
  [/^\.\/sign-out-form$/, "components/islands/shims/sign-out-form.tsx"],
];

const standInPlugin = {
  name: "islands-stand-ins",
  setup(builder) {
    for (const [filter, file] of standIns) builder.onResolve({ filter }, () => ({ path: path.resolve(file) }));
  },
};

rmSync(outdir, { recursive: true, force: true });
const result = await build({
  entryPoints: ["components/islands/islands-boot.ts"],
  outdir,
  entryNames: "[name]-[hash]",
  chunkNames: "[name]-[hash]",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "browser",
  target: ["chrome111", "edge111", "firefox111", "safari16.4"],
  minify: true,
  jsx: "automatic",
  tsconfig: "tsconfig.json",
  define: { "process.env.NODE_ENV": '"production"' },
  plugins: [standInPlugin],
  metafile: true,
  legalComments: "none",
  logLevel: "warning",
});

// Server code or Next.js's runtime in here would be a leak or dead weight: refuse to build.
const forbidden = Object.keys(result.metafile.inputs).filter(
  (input) => /node_modules\/next\//.test(input) || /^app\//.test(input) || /server-only/.test(input),
);
if (forbidden.length > 0) throw new Error(`the islands script must not bundle: ${forbidden.join(", ")}`);

const outputs = Object.entries(result.metafile.outputs);
const [entryFile] = outputs.find(([, output]) => output.entryPoint === "components/islands/islands-boot.ts") ?? [];
if (!entryFile) throw new Error("esbuild wrote no islands entry");
const entry = `/_next/static/islands/${path.basename(entryFile)}`;
writeFileSync(".next/islands-manifest.json", JSON.stringify({ entry }));
const kilobytes = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(
  `Islands script ${entry}: ${outputs
    .filter(([file]) => file.endsWith(".js"))
    .map(([file, output]) => `${path.basename(file)} ${kilobytes(output.bytes)}`)
    .join(", ")}`,
);
