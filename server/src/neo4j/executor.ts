// The one place that runs Cypher: chooses read/write (so a cluster routes reads to
// readers), sets the database, closes sessions, tags transactions, applies the
// request's limits (query budget, time-out, cancellation), chains bookmarks so that a
// user reads their own writes, maps driver errors to typed errors, logs at debug.
import neo4j, { type Driver, type ManagedTransaction, Neo4jError, type QueryResult, type RecordShape } from 'neo4j-driver';
import { cypher } from './cypher.js';
import type { Query } from './query.js';

/** Shown to clients as is: no internal address, no driver text. */
export const UNAVAILABLE_MESSAGE = 'Base de données indisponible, nouvel essai en cours. Réessayez dans un instant.';

export class DatabaseUnavailableError extends Error {
  constructor(cause?: unknown) {
    super(UNAVAILABLE_MESSAGE, { cause });
    this.name = 'DatabaseUnavailableError';
  }
}

/** The request ran out of time; its transaction was cancelled on the server. */
export class QueryTimeoutError extends Error {
  constructor(
    readonly seconds: number,
    cause?: unknown,
  ) {
    super(`La requête a dépassé le temps permis (${seconds} s) et a été annulée : restreignez-la (territoire, filtres, limit).`, { cause });
    this.name = 'QueryTimeoutError';
  }
}

/** The request asked for more database queries than one request may run. */
export class QueryBudgetError extends Error {
  constructor(readonly budget: number) {
    super(`La requête demande plus de ${budget} lectures de la base : découpez-la en plusieurs requêtes.`);
    this.name = 'QueryBudgetError';
  }
}

/** The client went away: nothing more is run for it. */
export class RequestCancelledError extends Error {
  constructor() {
    super('Request cancelled by the client');
    this.name = 'RequestCancelledError';
  }
}

export interface Logger {
  debug(obj: object, msg?: string): void;
  warn?(obj: object, msg?: string): void;
  error?(obj: object, msg?: string): void;
}

/** What the executor asks before every query: the embedded supervisor answers it. */
export interface DatabaseHealth {
  /** False while the database is known to be down (requests then fail at once). */
  available(): boolean;
  /** Called when a query found the database unreachable. */
  reportUnavailable?(): void;
}

export interface ExecutorOptions {
  uri: string;
  user: string;
  password: string;
  database?: string | undefined;
  logger?: Logger;
  /** Shorter driver time-outs for tests and development. */
  fastFail?: boolean;
  /** Default transaction time-out of reads and single writes (server-side, and a client-side guard). */
  readTimeoutS?: number;
  /** Time-out of a multi-query write transaction (imports). */
  writeTimeoutS?: number;
  health?: DatabaseHealth;
}

/** Limits and context of one request. */
export interface RequestScope {
  /** Most queries this request may run. */
  budget?: number;
  /** Seconds this request may spend in the database, all queries together. */
  timeoutS?: number;
  /** Aborted when the client leaves. */
  signal?: AbortSignal;
  logger?: Logger;
  /** Bookmarks the client brought (its last write, possibly on another app server). */
  bookmarks?: string[];
}

interface ScopeState extends RequestScope {
  count: number;
  deadline: number | undefined;
  /** Bookmarks of this request's last write, for the client to bring back. */
  lastBookmarks: string[] | undefined;
}

type Params = Record<string, unknown>;
/** A declared query (typed parameters and rows), or a query name (untyped). */
type Named<P, R> = Query<P, R> | string;
const nameOf = (q: Named<unknown, unknown>) => (typeof q === 'string' ? q : q.name);

const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.TransientError.Transaction.Terminated',
]);

function isUnavailable(e: unknown): boolean {
  if (e instanceof Neo4jError) {
    return (
      e.code === 'ServiceUnavailable' ||
      e.code === 'SessionExpired' ||
      /acquisition timed out|Failed to connect|routing servers|Pool is closed/i.test(e.message)
    );
  }
  return false;
}

export class Executor {
  readonly driver: Driver;
  private readonly database: string | undefined;
  private readonly logger: Logger | undefined;
  private readonly health: DatabaseHealth | undefined;
  private readonly readTimeoutS: number;
  private readonly writeTimeoutS: number;
  /** Shared by every session of this process: a later read waits for this process's writes. */
  private readonly bookmarkManager = neo4j.bookmarkManager();
  private scopeState: ScopeState | undefined;

  constructor(opts: ExecutorOptions) {
    this.driver = neo4j.driver(opts.uri, neo4j.auth.basic(opts.user, opts.password), {
      disableLosslessIntegers: true,
      connectionTimeout: opts.fastFail ? 5000 : 15000,
      connectionAcquisitionTimeout: opts.fastFail ? 10000 : 20000,
      maxTransactionRetryTime: opts.fastFail ? 5000 : 15000,
      userAgent: 'agir-cartographie',
    });
    this.database = opts.database;
    this.logger = opts.logger;
    this.health = opts.health;
    this.readTimeoutS = opts.readTimeoutS ?? 30;
    this.writeTimeoutS = opts.writeTimeoutS ?? 300;
  }

  /** The same executor with a request's limits: a query budget, a time-out, cancellation, bookmarks. */
  forRequest(scope: RequestScope): Executor {
    const scoped = Object.create(this) as Executor;
    scoped.scopeState = {
      ...scope,
      count: 0,
      deadline: scope.timeoutS ? Date.now() + scope.timeoutS * 1000 : undefined,
      lastBookmarks: undefined,
    };
    return scoped;
  }

  /** The process-wide executor behind a request's scope: for background work that outlives the request. */
  get root(): Executor {
    return this.scopeState ? (Object.getPrototypeOf(this) as Executor) : this;
  }

  /** Logs a failure of background work, which has no request to report it to. */
  logError(err: unknown, message: string): void {
    if (this.root.closed) return;
    if (this.logger?.error) this.logger.error({ err }, message);
    else console.error(message, err);
  }

  /** Bookmarks of the last write made through this request scope (undefined if none). */
  get lastBookmarks(): string[] | undefined {
    return this.scopeState?.lastBookmarks;
  }

  /** Queries run so far through this request scope. */
  get queryCount(): number {
    return this.scopeState?.count ?? 0;
  }

  async verify(): Promise<void> {
    try {
      await this.driver.verifyConnectivity(this.database ? { database: this.database } : {});
    } catch (e) {
      throw new DatabaseUnavailableError(e);
    }
  }

  private get log(): Logger | undefined {
    return this.scopeState?.logger ?? this.logger;
  }

  private session(mode: 'READ' | 'WRITE') {
    const bookmarks = this.scopeState?.bookmarks;
    return this.driver.session({
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.bookmarkManager,
      ...(bookmarks?.length ? { bookmarks } : {}),
      ...(this.database ? { database: this.database } : {}),
    });
  }

  /** Checks the request's limits before a query and returns the time it may take, in ms. */
  private admit(defaultS: number, useDeadline: boolean): number {
    if (this.health && !this.health.available()) throw new DatabaseUnavailableError();
    const s = this.scopeState;
    if (!s) return defaultS * 1000;
    if (s.signal?.aborted) throw new RequestCancelledError();
    s.count += 1;
    if (s.budget !== undefined && s.count > s.budget) throw new QueryBudgetError(s.budget);
    if (s.deadline === undefined || !useDeadline) return defaultS * 1000;
    const left = s.deadline - Date.now();
    if (left <= 0) throw new QueryTimeoutError(s.timeoutS ?? defaultS);
    return left;
  }

  private async runIn<T>(mode: 'READ' | 'WRITE', tag: string, defaultS: number, work: (tx: ManagedTransaction) => Promise<T>, useDeadline = true): Promise<T> {
    const timeoutMs = Math.max(1, Math.ceil(this.admit(defaultS, useDeadline)));
    const seconds = Math.round(timeoutMs / 100) / 10;
    const session = this.session(mode);
    // The server cancels the transaction after `timeout`; the client-side guard covers a
    // server that no longer answers at all (frozen JVM, lost network).
    const config = { metadata: { app: 'agir-cartographie', op: tag }, timeout: timeoutMs };
    let timer: NodeJS.Timeout | undefined;
    let timedOut = false;
    const guard = new Promise<never>((_res, rej) => {
      timer = setTimeout(() => {
        timedOut = true;
        rej(new QueryTimeoutError(seconds));
      }, timeoutMs + 2000);
    });
    try {
      const run = mode === 'READ' ? session.executeRead(work, config) : session.executeWrite(work, config);
      run.catch(() => {}); // settled later when the guard won
      const result = await Promise.race([run, guard]);
      if (mode === 'WRITE' && this.scopeState) this.scopeState.lastBookmarks = session.lastBookmarks();
      return result;
    } catch (e) {
      if (e instanceof QueryTimeoutError) throw e;
      if (e instanceof Neo4jError && /InvalidBookmark/.test(e.code) && this.scopeState?.bookmarks?.length) {
        // A bookmark the client brought is not one of this database's: read without it.
        this.scopeState.bookmarks = undefined;
        if (this.scopeState.budget !== undefined) this.scopeState.count -= 1;
      } else if (e instanceof Neo4jError && TIMEOUT_CODES.has(e.code)) throw new QueryTimeoutError(seconds, e);
      else if (isUnavailable(e)) {
        this.health?.reportUnavailable?.();
        throw new DatabaseUnavailableError(e);
      } else throw e;
    } finally {
      clearTimeout(timer);
      // A session stuck on a frozen server is closed in the background, never awaited.
      if (timedOut) void session.close().catch(() => {});
      else await session.close();
    }
    return this.runIn(mode, tag, defaultS, work, useDeadline);
  }

  /** Runs the query in a read transaction and returns its records as objects. */
  async read<R = RecordShape, P extends Params = Params>(query: Named<P, R>, params?: P): Promise<R[]> {
    const name = nameOf(query);
    this.log?.debug({ cypher: name, params }, 'cypher read');
    return this.runIn('READ', name, this.readTimeoutS, async (tx) => {
      const res: QueryResult = await tx.run(cypher(name), params ?? {});
      return res.records.map((r) => r.toObject() as R);
    });
  }

  /** Runs the query in a write transaction. */
  async write<R = RecordShape, P extends Params = Params>(query: Named<P, R>, params?: P): Promise<R[]> {
    const name = nameOf(query);
    this.log?.debug({ cypher: name, params }, 'cypher write');
    return this.runIn('WRITE', name, this.readTimeoutS, async (tx) => {
      const res: QueryResult = await tx.run(cypher(name), params ?? {});
      return res.records.map((r) => r.toObject() as R);
    });
  }

  /**
   * Runs several queries in one write transaction (all or nothing). It counts as one
   * query of the budget and has the write time-out (imports), not the request's read time-out.
   */
  async writeTransaction<T>(
    tag: string,
    work: (run: <R = RecordShape, P extends Params = Params>(query: Named<P, R>, params?: P) => Promise<R[]>) => Promise<T>,
  ): Promise<T> {
    return this.runIn(
      'WRITE',
      tag,
      this.writeTimeoutS,
      (tx) =>
        work(async <R, P extends Params>(query: Named<P, R>, params?: P) => {
          const name = nameOf(query);
          this.log?.debug({ cypher: name, params: Object.keys(params ?? {}) }, 'cypher write (tx)');
          const res = await tx.run(cypher(name), params ?? {});
          return res.records.map((r) => r.toObject() as R);
        }),
      false,
    );
  }

  /** Schema statements cannot run inside a managed transaction with data writes; run one auto-commit query. */
  async schema(statement: string): Promise<void> {
    if (this.health && !this.health.available()) throw new DatabaseUnavailableError();
    this.log?.debug({ cypher: statement }, 'cypher schema');
    const session = this.session('WRITE');
    try {
      await session.run(statement);
    } catch (e) {
      if (isUnavailable(e)) throw new DatabaseUnavailableError(e);
      throw e;
    } finally {
      await session.close();
    }
  }

  async close(): Promise<void> {
    const root = this.root;
    root.closing = true;
    // Background work (the stored pairs' rebuild) stops at its next transaction and cleans up first.
    await Promise.allSettled([...root.background]);
    root.closed = true;
    await this.driver.close();
  }

  /** Set when `close` starts: background work stops at its next transaction. */
  closing = false;
  /** Set by `close`: background work that fails afterwards has nothing left to report to. */
  closed = false;
  private readonly background = new Set<Promise<unknown>>();

  /** Background work that `close` must wait for (it checks `closing` between its transactions). */
  track(work: Promise<unknown>): void {
    const root = this.root;
    root.background.add(work);
    void work.finally(() => root.background.delete(work)).catch(() => undefined);
  }
}
