// What test/support/global-setup.ts provides to tests through `inject`.
declare module "vitest" {
  export interface ProvidedContext {
    /** A PostgreSQL server URL (database `postgres`); tests create their own databases on it. */
    postgresUrl: string;
  }
}

export {};
