import { defineConfig } from "drizzle-kit";

// Migrations are generated from the schema and committed; the same SQL runs on
// Postgres and on embedded PGlite.
export default defineConfig({
  dialect: "postgresql",
  schema: "./lib/db/schema/*.ts",
  out: "./lib/db/migrations",
  casing: undefined,
  strict: true,
});
