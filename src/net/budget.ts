/** One bound on all network work of a run (`timeout-seconds`): one deadline, one abort signal. */
export class Budget {
  readonly seconds: number;
  private readonly deadline: number;
  private readonly controller = new AbortController();
  private readonly timer: NodeJS.Timeout;

  constructor(seconds: number) {
    this.seconds = seconds;
    this.deadline = Date.now() + seconds * 1000;
    this.timer = setTimeout(() => this.controller.abort(new BudgetExpired()), seconds * 1000);
    this.timer.unref();
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  remainingMs(): number {
    return Math.max(0, this.deadline - Date.now());
  }

  /** Stop every request still under way (used once the run has failed or finished). */
  cancel(): void {
    clearTimeout(this.timer);
    if (!this.controller.signal.aborted) this.controller.abort(new BudgetExpired());
  }
}

class BudgetExpired extends Error {
  override name = 'BudgetExpired';
}
