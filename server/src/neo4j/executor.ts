// The one place that runs Cypher: chooses read/write, sets the database, closes
// sessions, tags transactions, maps driver errors to typed errors, logs at debug.
import neo4j, { type Driver, type ManagedTransaction, Neo4jError, type QueryResult, type RecordShape } from 'neo4j-driver';
import { cypher } from './cypher.js';
import type { Query } from './query.js';

export class DatabaseUnavailableError extends Error {
  constructor(cause: unknown) {
    super(`The database is unreachable: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'DatabaseUnavailableError';
  }
}

export interface Logger {
  debug(obj: object, msg?: string): void;
}

export interface ExecutorOptions {
  uri: string;
  user: string;
  password: string;
  database?: string | undefined;
  logger?: Logger;
  /** Shorter time-outs for tests and development. */
  fastFail?: boolean;
}

type Params = Record<string, unknown>;
/** A declared query (typed parameters and rows), or a query name (untyped). */
type Named<P, R> = Query<P, R> | string;
const nameOf = (q: Named<unknown, unknown>) => (typeof q === 'string' ? q : q.name);

function isUnavailable(e: unknown): boolean {
  if (e instanceof Neo4jError) {
    return e.code === 'ServiceUnavailable' || e.code === 'SessionExpired' || /acquisition timed out|Failed to connect|routing servers/i.test(e.message);
  }
  return false;
}

export class Executor {
  readonly driver: Driver;
  private readonly database: string | undefined;
  private readonly logger: Logger | undefined;

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
  }

  async verify(): Promise<void> {
    try {
      await this.driver.verifyConnectivity(this.database ? { database: this.database } : {});
    } catch (e) {
      throw new DatabaseUnavailableError(e);
    }
  }

  private session(mode: 'READ' | 'WRITE') {
    return this.driver.session({
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      ...(this.database ? { database: this.database } : {}),
    });
  }

  private async runIn<T>(mode: 'READ' | 'WRITE', tag: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.session(mode);
    const config = { metadata: { app: 'agir-cartographie', op: tag } };
    try {
      return mode === 'READ' ? await session.executeRead(work, config) : await session.executeWrite(work, config);
    } catch (e) {
      if (isUnavailable(e)) throw new DatabaseUnavailableError(e);
      throw e;
    } finally {
      await session.close();
    }
  }

  /** Runs the query in a read transaction and returns its records as objects. */
  async read<R = RecordShape, P extends Params = Params>(query: Named<P, R>, params?: P): Promise<R[]> {
    const name = nameOf(query);
    this.logger?.debug({ cypher: name, params }, 'cypher read');
    return this.runIn('READ', name, async (tx) => {
      const res: QueryResult = await tx.run(cypher(name), params ?? {});
      return res.records.map((r) => r.toObject() as R);
    });
  }

  /** Runs the query in a write transaction. */
  async write<R = RecordShape, P extends Params = Params>(query: Named<P, R>, params?: P): Promise<R[]> {
    const name = nameOf(query);
    this.logger?.debug({ cypher: name, params }, 'cypher write');
    return this.runIn('WRITE', name, async (tx) => {
      const res: QueryResult = await tx.run(cypher(name), params ?? {});
      return res.records.map((r) => r.toObject() as R);
    });
  }

  /** Runs several queries in one write transaction (all or nothing). */
  async writeTransaction<T>(
    tag: string,
    work: (run: <R = RecordShape, P extends Params = Params>(query: Named<P, R>, params?: P) => Promise<R[]>) => Promise<T>,
  ): Promise<T> {
    return this.runIn('WRITE', tag, (tx) =>
      work(async <R, P extends Params>(query: Named<P, R>, params?: P) => {
        const name = nameOf(query);
        this.logger?.debug({ cypher: name, params: Object.keys(params ?? {}) }, 'cypher write (tx)');
        const res = await tx.run(cypher(name), params ?? {});
        return res.records.map((r) => r.toObject() as R);
      }),
    );
  }

  /** Schema statements cannot run inside a managed transaction with data writes; run one auto-commit query. */
  async schema(statement: string): Promise<void> {
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
    await this.driver.close();
  }
}
