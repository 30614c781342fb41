import { openStore, storeConfigFromEnv, type GraphStore, type OpenOptions } from "../graph/index.js";

/** Opens the store on first use, so `--help` and `extract` never touch a database. */
export class StoreHandle {
  private store?: Promise<GraphStore>;
  private isolated = false;

  constructor(private readonly dbPath?: () => string | undefined) {}

  /**
   * The store, opened once. Asking for an isolated one (the server's) after an in-process one was opened
   * (`start` loads first) closes the in-process store, since only one process may hold the embedded database.
   */
  async get(options: OpenOptions = {}): Promise<GraphStore> {
    const isolated = options.isolated ?? false;
    if (this.store && isolated && !this.isolated) {
      await (await this.store).close();
      this.store = undefined;
    }
    if (!this.store) {
      const path = this.dbPath?.();
      const env = path ? { ...process.env, YTTERBY_DB: path } : process.env;
      this.isolated = isolated;
      const opening = openStore(storeConfigFromEnv(env), { isolated });
      this.store = opening;
      // A store that failed to open is forgotten, so close() does not fail again with the error the caller handled.
      opening.catch(() => {
        if (this.store === opening) this.store = undefined;
      });
    }
    return this.store;
  }

  async close(): Promise<void> {
    if (this.store) await (await this.store).close();
  }
}

export type GetStore = (options?: OpenOptions) => Promise<GraphStore>;
