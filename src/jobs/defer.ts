/** Thrown by a job that should run later (quiet hours): the scheduler moves it, without counting a failure. */
export class JobDeferred extends Error {
  constructor(readonly until: Date) {
    super(`deferred until ${until.toISOString()}`);
    this.name = "JobDeferred";
  }
}
