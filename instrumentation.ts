// Runs once when a server process starts. The Node-only work lives in
// lib/boot/server-start.ts so the edge bundle never sees database code.
export async function register() {
  // eslint-disable-next-line no-restricted-properties -- inlined at build time, so the edge bundle drops the import below
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startServer } = await import("@/lib/boot/server-start");
  await startServer();
}
