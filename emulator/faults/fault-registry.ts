// Scripted failures for tests and demos: "the next N requests whose path matches X answer with
// status S". They let the app's retry, throttling and error UI be exercised on demand without
// touching any state.

export interface FaultRule {
  /** Only this HTTP method, if given (case-insensitive). */
  method?: string;
  /** Regular expression tested against the URL pathname, e.g. "/invite$". */
  path: string;
  status: number;
  code: string;
  message: string;
  headers: Record<string, string>;
  /** How many matching requests fail; the rule is dropped when it reaches 0. */
  times: number;
}

export interface Fault extends FaultRule {
  id: number;
}

export class FaultRegistry {
  #faults: { fault: Fault; pattern: RegExp }[] = [];
  #nextId = 1;

  add(rule: FaultRule): Fault {
    const fault: Fault = { id: this.#nextId++, ...rule, headers: { ...rule.headers } };
    this.#faults.push({ fault, pattern: new RegExp(rule.path) });
    return { ...fault };
  }

  /** Returns and uses up the first rule matching the request, oldest first. */
  take(method: string, pathname: string): Fault | undefined {
    const entry = this.#faults.find(({ fault, pattern }) =>
      (!fault.method || fault.method.toUpperCase() === method.toUpperCase()) && pattern.test(pathname));
    if (!entry) return undefined;
    entry.fault.times -= 1;
    if (entry.fault.times <= 0) this.#faults = this.#faults.filter((e) => e !== entry);
    return { ...entry.fault };
  }

  list(): Fault[] {
    return this.#faults.map(({ fault }) => ({ ...fault }));
  }

  clear(): void {
    this.#faults = [];
  }
}
