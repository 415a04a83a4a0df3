import {
  type Driver,
  type ManagedTransaction,
  type QueryResult,
  type Session,
  type Transaction,
} from "neo4j-driver";
import { type CypherRegistry, type QueryName } from "./cypher-registry.js";
import { translateNeo4jError } from "./errors.js";

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

/** What a write statement changed, as reported by Neo4j. */
export interface WriteCounters {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
}

/** How an executor runs its transactions. */
export interface ExecutorOptions {
  /**
   * Retry reads on transient failures (the driver's managed transactions, for up to
   * its maxTransactionRetryTime). Off for the API: a client request should fail fast
   * with SERVICE_UNAVAILABLE when Neo4j is gone instead of waiting out the retries, and
   * each of its reads is then one auto-commit transaction (one round trip).
   */
  retryReads?: boolean;
  /** Neo4j aborts a transaction that runs longer than this (server side). */
  transactionTimeoutMs?: number;
  /**
   * Attached to every transaction: `SHOW TRANSACTIONS` and the query log show it as
   * `metaData`, so whoever looks at the database can tell whose a transaction is (the
   * benchmark keeps its writer's transactions when it stops what others left running).
   */
  metadata?: Readonly<Record<string, string>>;
}

/** The statements of one transaction, run by name. */
export interface GraphTransaction {
  run(name: QueryName, params?: Params): Promise<Row[]>;
  /** Write counters summed over every statement run so far in this transaction. */
  readonly counters: WriteCounters;
}

/**
 * The one place that runs Cypher. Reads go through `executeRead` (or, not retried, an
 * auto-commit transaction), writes through `executeWrite` (managed: retried by the driver
 * on transient failures), each with the configured database named, each statement taken
 * from the registry. It counts statements, so tests can assert how many round trips an
 * operation costs.
 */
export class GraphExecutor {
  #statements = 0;

  constructor(
    readonly driver: Driver,
    readonly database: string,
    private readonly registry: CypherRegistry,
    readonly options: Readonly<ExecutorOptions> = {},
  ) {}

  /** An executor on the same driver and statements that runs with other options. */
  withOptions(options: ExecutorOptions): GraphExecutor {
    return new GraphExecutor(this.driver, this.database, this.registry, {
      ...this.options,
      ...options,
    });
  }

  /** Number of statements run through this executor since it was created. */
  get statementCount(): number {
    return this.#statements;
  }

  /** Runs one registered read statement and returns its rows as plain objects. */
  async read(name: QueryName, params: Params = {}): Promise<Row[]> {
    return this.withSession("READ", (session) =>
      this.options.retryReads === false
        ? this.runOnce(session, name, params)
        : session.executeRead((tx) => this.runIn(tx, name, params), this.transactionConfig()),
    ).then((result) => result.records.map((r) => r.toObject()));
  }

  /**
   * Runs one registered read statement and yields its rows as Neo4j sends them, so that
   * an export of any size is written without being held in memory (the driver fetches
   * the next batch as the caller consumes). One unmanaged transaction, never retried:
   * rows already handed out cannot be taken back.
   */
  async *stream(name: QueryName, params: Params = {}): AsyncGenerator<Row> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: "READ" });
    const tx = session.beginTransaction(this.transactionConfig());
    try {
      this.#statements += 1;
      for await (const record of tx.run(this.registry[name], params)) yield record.toObject();
      await tx.commit();
    } catch (error) {
      throw translateNeo4jError(error);
    } finally {
      if (tx.isOpen()) await tx.rollback().catch(() => undefined);
      await session.close();
    }
  }

  /** Runs a unit of work in one managed write transaction. */
  async writeTransaction<T>(work: (tx: GraphTransaction) => Promise<T>): Promise<T> {
    return this.withSession("WRITE", (session) =>
      session.executeWrite(async (tx) => work(this.wrap(tx)), this.transactionConfig()),
    );
  }

  /** Runs one registered write statement in its own transaction. */
  async write(name: QueryName, params: Params = {}): Promise<Row[]> {
    return this.writeTransaction((tx) => tx.run(name, params));
  }

  /** Runs a registered statement outside an explicit transaction (procedures that need it). */
  async autoCommit(name: QueryName, params: Params = {}): Promise<Row[]> {
    return this.runSchemaStatement(this.registry[name], params);
  }

  /**
   * Runs a migration's statement in its own auto-commit transaction: Neo4j does not
   * mix schema and data writes in one transaction. Only migrations and the EXPLAIN
   * checks of tests pass text here; everything else goes by registered name.
   */
  async runSchemaStatement(cypher: string, params: Params = {}): Promise<Row[]> {
    const session = this.driver.session({ database: this.database });
    try {
      this.#statements += 1;
      const result = await session.run(cypher, params);
      return result.records.map((r) => r.toObject());
    } catch (error) {
      throw translateNeo4jError(error);
    } finally {
      await session.close();
    }
  }

  private async withSession<T>(
    mode: "READ" | "WRITE",
    work: (session: Session) => Promise<T>,
  ): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: mode });
    try {
      return await work(session);
    } catch (error) {
      throw translateNeo4jError(error);
    } finally {
      await session.close();
    }
  }

  /**
   * One read statement in an auto-commit transaction: the first failure is the caller's,
   * not retried. A single statement needs no explicit transaction, and BEGIN and COMMIT
   * cost a second round trip to Neo4j: 0.21 of 0.73 ms and 0.19 ms of the client's CPU per
   * statement on a local Neo4j (bench/transaction-modes.ts; BENCHMARKS.md, "auto-commit
   * reads"). The timeout and metadata go with the statement all the same.
   */
  private async runOnce(session: Session, name: QueryName, params: Params): Promise<QueryResult> {
    this.#statements += 1;
    return await session.run(this.registry[name], params, this.transactionConfig());
  }

  private transactionConfig(): { timeout?: number; metadata?: Record<string, string> } {
    const { transactionTimeoutMs: timeout, metadata } = this.options;
    return {
      ...(timeout === undefined ? {} : { timeout }),
      ...(metadata === undefined ? {} : { metadata: { ...metadata } }),
    };
  }

  private runIn(
    tx: ManagedTransaction | Transaction,
    name: QueryName,
    params: Params,
  ): Promise<QueryResult> {
    this.#statements += 1;
    return tx.run(this.registry[name], params);
  }

  private wrap(tx: ManagedTransaction): GraphTransaction {
    const counters: WriteCounters = {
      nodesCreated: 0,
      nodesDeleted: 0,
      relationshipsCreated: 0,
      relationshipsDeleted: 0,
      propertiesSet: 0,
    };
    return {
      counters,
      run: async (name, params = {}) => {
        const result = await this.runIn(tx, name, params);
        const updates = result.summary.counters.updates();
        for (const key of Object.keys(counters) as (keyof WriteCounters)[]) {
          counters[key] += updates[key] ?? 0;
        }
        return result.records.map((r) => r.toObject());
      },
    };
  }
}
