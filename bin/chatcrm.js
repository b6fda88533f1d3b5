#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx, so there is no build step to forget.
import { existsSync } from "node:fs";
import { register } from "tsx/esm/api";

// Variables in ./.env (see .env.example) count as set; ones already in the environment win.
if (existsSync(".env")) process.loadEnvFile(".env");

register();
await import("../src/cli.ts");
