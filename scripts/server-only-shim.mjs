// Scripts (migrations, seed, worker) and drizzle-kit run outside Next.js, where
// importing "server-only" throws. They are server code by definition, so
// resolve the marker to an empty module for them.
import { registerHooks } from "node:module";

const emptyModule = new URL("./empty-module.cjs", import.meta.url).href;

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier === "server-only") return { url: emptyModule, format: "commonjs", shortCircuit: true };
    return nextResolve(specifier, context);
  },
});
