import { openStore, storeConfigFromEnv, type GraphStore } from "../graph/index.js";

/** Opens the store on first use, so `--help` and `extract` never touch a database. */
export class StoreHandle {
  private store?: Promise<GraphStore>;

  constructor(private readonly dbPath?: () => string | undefined) {}

  get(): Promise<GraphStore> {
    if (!this.store) {
      const path = this.dbPath?.();
      const env = path ? { ...process.env, YTTERBY_DB: path } : process.env;
      this.store = openStore(storeConfigFromEnv(env));
    }
    return this.store;
  }

  async close(): Promise<void> {
    if (this.store) await (await this.store).close();
  }
}

export type GetStore = () => Promise<GraphStore>;
