// Applies the committed SQL migrations to the Postgres database named by
// DATABASE_URL. The embedded database is prepared by the dev server itself.
import { openDatabase } from "../lib/db/client";
import { migrateDatabase } from "../lib/db/migrate";
import { env } from "../lib/env";
import { logger } from "../lib/log/logger";

async function main(): Promise<number> {
  const url = env().DATABASE_URL;
  if (!url) {
    logger().error("DATABASE_URL is not set. db:migrate migrates a Postgres database; set it and run again.");
    return 1;
  }
  const handle = openDatabase(url);
  try {
    await migrateDatabase(handle.db, handle.driver);
    logger().info("migrations applied");
    return 0;
  } catch (error) {
    logger().error({ err: error }, "migrations failed");
    return 1;
  } finally {
    await handle.close();
  }
}

main().then((code) => process.exit(code));
