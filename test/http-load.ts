// Steady HTTP load for drills: a few loops, each sending one request after
// another, every outcome recorded with its timing so a drill can say what
// was acknowledged, what failed and how, and when service came back.

export type Outcome = {
  kind: string;
  /** The drill's own key for the request, e.g. the webhook's event id. */
  key: string;
  /** The HTTP status, or how the request failed without one. */
  status: number | "timeout" | "network";
  ok: boolean;
  startedAt: number;
  endedAt: number;
};

export type LoadLoop = {
  kind: string;
  pauseMs: number;
  /** Makes the n-th request; `ok` decides from the response whether the server did what was asked. */
  request: (n: number) => { key: string; url: string; init: RequestInit; ok: (response: Response, body: string) => boolean };
};

export function startLoad(loops: LoadLoop[], timeoutMs: number) {
  const outcomes: Outcome[] = [];
  let stopping = false;
  let counter = 0;

  const run = async (loop: LoadLoop) => {
    while (!stopping) {
      const { key, url, init, ok } = loop.request(counter++);
      const startedAt = Date.now();
      let status: Outcome["status"];
      let succeeded = false;
      try {
        const response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
        const body = await response.text();
        status = response.status;
        succeeded = ok(response, body);
      } catch (error) {
        status = error instanceof Error && error.name === "TimeoutError" ? "timeout" : "network";
      }
      outcomes.push({ kind: loop.kind, key, status, ok: succeeded, startedAt, endedAt: Date.now() });
      await new Promise((resolve) => setTimeout(resolve, loop.pauseMs));
    }
  };
  const running = Promise.all(loops.map(run));

  return {
    outcomes,
    stop: async () => {
      stopping = true;
      await running;
    },
  };
}

/**
 * How long after `since` service came back: the end of the first success
 * after the last failure (0 when nothing failed after `since`), or null if
 * the last request failed.
 */
export function recoveryAfter(outcomes: Outcome[], since: number): number | null {
  const ordered = [...outcomes].sort((a, b) => a.startedAt - b.startedAt);
  const lastFailure = ordered.findLast((outcome) => !outcome.ok);
  if (!lastFailure || lastFailure.endedAt < since) return 0;
  const back = ordered.find((outcome) => outcome.ok && outcome.startedAt >= lastFailure.startedAt);
  return back ? back.endedAt - since : null;
}

/** From the first failure to the first success after the last one, as the clients saw it: 0 if nothing failed. */
export function outageSeen(outcomes: Outcome[]): number | null {
  const ordered = [...outcomes].sort((a, b) => a.startedAt - b.startedAt);
  const first = ordered.find((outcome) => !outcome.ok);
  return first ? recoveryAfter(ordered, first.startedAt) : 0;
}
