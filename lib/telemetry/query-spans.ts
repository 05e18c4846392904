import type { Span } from "@opentelemetry/api";
import { activeTracing, type Tracing } from "./spans";

// A span per database query. Neither postgres.js nor drizzle (whose own tracing is switched off in
// its build) offers a hook that sees a query end, so the seam is the driver's client as drizzle
// holds it: postgres.js's `unsafe` (every drizzle query goes through it, inside a transaction too)
// and PGlite's `query`. Only the SQL text is recorded, never its parameters (addresses, bodies).
// Applied when the client is opened and tracing is on; otherwise the client is returned as it is.

type Driver = "postgresql" | "pglite";

function startQuerySpan(tracing: Tracing, driver: Driver, text: string): Span {
  const operation = /^\s*(\w+)/.exec(text)?.[1]?.toUpperCase() ?? "QUERY";
  return tracing.tracer.startSpan(`db ${operation}`, {
    kind: tracing.api.SpanKind.CLIENT,
    attributes: { "db.system.name": "postgresql", "db.client": driver, "db.operation.name": operation, "db.query.text": text.slice(0, 2000) },
  });
}

function endQuerySpan(tracing: Tracing, span: Span, error?: unknown): void {
  if (error) span.setStatus({ code: tracing.api.SpanStatusCode.ERROR, message: error instanceof Error ? error.name : "error" });
  span.end();
}

type Thenable = { then: (onFulfilled?: (value: unknown) => unknown, onRejected?: (reason: unknown) => unknown) => unknown };

/** postgres.js runs a query when it is first awaited, and drizzle calls `.values()` on it before: the
 *  query object is returned as it is, with its `then` ending the span. */
function traceLazyQuery<Q extends Thenable>(tracing: Tracing, text: string, query: Q): Q {
  const span = startQuerySpan(tracing, "postgresql", text);
  const then = query.then;
  let ended = false;
  const end = (error?: unknown) => {
    if (ended) return;
    ended = true;
    endQuerySpan(tracing, span, error);
  };
  query.then = function (this: Q, onFulfilled, onRejected) {
    return then.call(
      this,
      (value) => {
        end();
        return onFulfilled ? onFulfilled(value) : value;
      },
      (reason) => {
        end(reason);
        if (onRejected) return onRejected(reason);
        throw reason;
      },
    );
  };
  return query;
}

export function tracePostgresQueries<S extends object>(sql: S, tracing: Tracing | undefined = activeTracing()): S {
  if (!tracing) return sql;
  return new Proxy(sql, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== "function") return value;
      if (property === "unsafe") {
        return (text: string, ...rest: unknown[]) => traceLazyQuery(tracing, text, value.call(target, text, ...rest) as Thenable);
      }
      if (property === "begin" || property === "savepoint") {
        // The transaction's own handle, given to the callback (the last argument), is traced too.
        return (...args: unknown[]) => {
          const work = args.at(-1) as (transaction: object) => unknown;
          return value.call(target, ...args.slice(0, -1), (transaction: object) => work(tracePostgresQueries(transaction, tracing)));
        };
      }
      return value;
    },
  });
}

export function tracePgliteQueries<C extends object>(client: C, tracing: Tracing | undefined = activeTracing()): C {
  if (!tracing) return client;
  return new Proxy(client, {
    get(target, property) {
      // PGlite keeps private fields: its methods must run on the client itself, not on the proxy.
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== "function") return value;
      if (property === "query" || property === "exec") {
        return async (text: string, ...rest: unknown[]) => {
          const span = startQuerySpan(tracing, "pglite", text);
          try {
            const result: unknown = await value.call(target, text, ...rest);
            endQuerySpan(tracing, span);
            return result;
          } catch (error) {
            endQuerySpan(tracing, span, error);
            throw error;
          }
        };
      }
      if (property === "transaction") {
        return (work: (transaction: object) => unknown) => value.call(target, (transaction: object) => work(tracePgliteQueries(transaction, tracing)));
      }
      return value.bind(target);
    },
  });
}
