// Seeds a Postgres database named by DATABASE_URL with the demo data, once.
// The embedded database needs no script: the dev server seeds it itself.
import { openDatabase } from "../lib/db/client";
import { migrateDatabase } from "../lib/db/migrate";
import { isDatabaseEmpty, seedDemoData } from "@/lib/seed/seed";
import { env } from "../lib/env";
import { logger } from "../lib/log/logger";

async function main(): Promise<number> {
  const url = env().DATABASE_URL;
  if (!url) {
    logger().error("DATABASE_URL is not set. db:seed seeds a Postgres database; the embedded database is seeded by `npm run dev`.");
    return 1;
  }
  const handle = openDatabase(url);
  try {
    await migrateDatabase(handle.db, handle.driver);
    if (!(await isDatabaseEmpty(handle.db))) {
      logger().info("database already has data; seed skipped");
      return 0;
    }
    const counts = await seedDemoData(handle.db, new Date());
    logger().info({ counts }, "demo data seeded");
    return 0;
  } catch (error) {
    logger().error({ err: error }, "seeding failed");
    return 1;
  } finally {
    await handle.close();
  }
}

main().then((code) => process.exit(code));
