// Scripted failures for tests and demos: "the next N requests (or a fraction of the requests)
// whose path matches X answer with status S / arrive late / lose their connection / get a
// malformed body". They let the app's retry, throttling and error UI be exercised on demand
// without touching any state.

/** What a matching request gets. `status` is an error answer; the others change a normal one. */
export type FaultEffect =
  | { kind: 'status'; status: number; code: string; message: string }
  /** The connection is destroyed without an answer (a network error in the browser). */
  | { kind: 'drop' }
  /** The answer has `status` and a body that is not valid JSON. */
  | { kind: 'malformed'; status: number }
  /** The request is carried out, then the connection is destroyed before the answer: a write whose fate the client cannot know. */
  | { kind: 'drop-after' }
  /** No answer ever (until the client gives up or the emulator stops): a time-out. */
  | { kind: 'hang' }
  /** 401 with a claims challenge (`error="insufficient_claims"`, `claims` = base64 of this JSON). */
  | { kind: 'claims'; claims: string };

export interface FaultRule {
  /** Only this HTTP method, if given (case-insensitive). */
  method?: string;
  /** `inner`: only requests inside a $batch; `direct`: only requests sent on their own. Both when left out. */
  scope?: 'inner' | 'direct';
  /** Regular expression tested against the URL pathname, e.g. "/invite$". */
  path: string;
  effect: FaultEffect;
  /** Milliseconds to wait before answering (alone: a slow but otherwise normal answer). */
  delayMs: number;
  headers: Record<string, string>;
  /** How many matching requests it applies to; the rule is dropped when it reaches 0. null: no limit. */
  times: number | null;
  /** The share of matching requests it applies to (0 < fraction <= 1), chosen by a seeded generator. */
  fraction: number;
}

export interface Fault extends FaultRule {
  id: number;
  /** Backwards-compatible view of a status effect. */
  status?: number;
  code?: string;
  message?: string;
}

/** A small seeded generator, so "a fraction" hits the same requests on every run after reset. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function view(fault: Fault): Fault {
  const copy: Fault = { ...fault, headers: { ...fault.headers } };
  if (fault.effect.kind === 'status') Object.assign(copy, { status: fault.effect.status, code: fault.effect.code, message: fault.effect.message });
  if (fault.effect.kind === 'malformed') copy.status = fault.effect.status;
  if (fault.effect.kind === 'claims') copy.status = 401;
  return copy;
}

export class FaultRegistry {
  #faults: { fault: Fault; pattern: RegExp; random: () => number }[] = [];
  #nextId = 1;

  add(rule: FaultRule): Fault {
    const fault: Fault = { id: this.#nextId++, ...rule, headers: { ...rule.headers } };
    this.#faults.push({ fault, pattern: new RegExp(rule.path), random: mulberry32(fault.id) });
    return view(fault);
  }

  /** Returns and uses up the first rule matching the request, oldest first. */
  take(method: string, pathname: string, inner = false): Fault | undefined {
    const entry = this.#faults.find(
      ({ fault, pattern }) =>
        (!fault.method || fault.method.toUpperCase() === method.toUpperCase()) &&
        (!fault.scope || (fault.scope === 'inner') === inner) &&
        pattern.test(pathname),
    );
    if (!entry) return undefined;
    if (entry.fault.fraction < 1 && entry.random() >= entry.fault.fraction) return undefined;
    if (entry.fault.times !== null) {
      entry.fault.times -= 1;
      if (entry.fault.times <= 0) this.#faults = this.#faults.filter((e) => e !== entry);
    }
    return view(entry.fault);
  }

  list(): Fault[] {
    return this.#faults.map(({ fault }) => view(fault));
  }

  /** Also restarts rule ids, so a test that clears first always gets the same ids and fractions. */
  clear(): void {
    this.#faults = [];
    this.#nextId = 1;
  }
}
