/** One bound on all network work of a run (`timeout-seconds`): one deadline, one abort signal. */
export class Budget {
  readonly seconds: number;
  /** What the bound is, in the inputs' words, for messages: `timeout-seconds`, or with wait-for-access, both. */
  readonly label: string;
  private readonly deadline: number;
  private readonly controller = new AbortController();
  private readonly timer: NodeJS.Timeout;

  constructor(seconds: number, label = 'timeout-seconds') {
    this.seconds = seconds;
    this.label = label;
    this.deadline = Date.now() + seconds * 1000;
    this.timer = setTimeout(() => this.controller.abort(new BudgetExpired()), seconds * 1000);
    this.timer.unref();
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** The whole bound for a message: "60 s (timeout-seconds)". */
  described(): string {
    return `${this.seconds} s (${this.label})`;
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
