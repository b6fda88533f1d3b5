// Configuration for the ordinary Prisma CLI (`prisma generate`, and `prisma migrate deploy|dev` on a
// machine that can download Prisma's native engine). chatcrm itself applies prisma/migrations/ on start.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  ...(process.env.DATABASE_URL ? { datasource: { url: process.env.DATABASE_URL } } : {}),
});
