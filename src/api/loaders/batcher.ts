/**
 * Collects the requests made while one level of a GraphQL result is resolved and
 * runs them as one batch (DataLoader's idea, without the cache): sibling resolvers
 * call `load` synchronously, the batch runs once the current tick has drained.
 */
export class Batcher<Item, Result> {
  #pending: { item: Item; resolve: (r: Result) => void; reject: (e: unknown) => void }[] = [];

  constructor(private readonly run: (items: readonly Item[]) => Promise<readonly Result[]>) {}

  load(item: Item): Promise<Result> {
    return new Promise<Result>((resolve, reject) => {
      if (this.#pending.length === 0) setImmediate(() => void this.dispatch());
      this.#pending.push({ item, resolve, reject });
    });
  }

  private async dispatch(): Promise<void> {
    const batch = this.#pending;
    this.#pending = [];
    try {
      const results = await this.run(batch.map((p) => p.item));
      batch.forEach((p, i) => p.resolve(results[i] as Result));
    } catch (error) {
      batch.forEach((p) => p.reject(error));
    }
  }
}
