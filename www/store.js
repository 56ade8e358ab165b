// Where the page keeps the user's articles between visits. localStorage holds
// about 5 MB per origin (less where strings count double), while the page
// accepts 8 MB per article and 32 MB in all, so articles live in IndexedDB:
// one record per article, keyed by its id, so saving after one edit writes
// that article and not all 30 MB. The order of the articles is one small
// record beside them. Settings are small and stay in localStorage.
//
// When IndexedDB cannot be used (private modes, file:// in some browsers,
// blocked storage) or refuses an article (QuotaExceededError), the article
// goes to localStorage if it fits there. What fits nowhere is reported back
// per article, so the page can say beside it that it will not survive a
// reload. Nothing here fails silently and nothing here throws at the page.
//
// The localStorage key for articles is the one older versions of the page
// kept everything in, so whatever is found there, from an older version or
// from a fallback, is moved into IndexedDB as soon as IndexedDB takes it.

const DB_NAME = 'parallax';
const DB_VERSION = 1;
const ENTRIES = 'entries';
const META = 'meta';
const ORDER_KEY = 'order';
/** Articles IndexedDB did not take; before IndexedDB, the whole session ({ entries, settings }). */
export const LOCAL_ENTRIES_KEY = 'parallax.session.v1';
export const SETTINGS_KEY = 'parallax.settings.v1';
/** Room left in localStorage after a fallback write, so the settings can still be saved. */
const SETTINGS_ROOM = 16384;
const ROOM_PROBE_KEY = 'parallax.room-probe';
/** An IndexedDB that neither opens nor fails (blocked by another tab's upgrade) is given up on after this long. */
const OPEN_TIMEOUT_MS = 3000;

/** The part of an entry that is stored: its id, name and text (or base64 bytes). */
function recordOf(entry) {
  const record = { id: entry.id, name: entry.name };
  if (typeof entry.text === 'string') record.text = entry.text;
  if (typeof entry.base64 === 'string') record.base64 = entry.base64;
  return record;
}

function isEntry(e) {
  return e && typeof e.id === 'string' && (typeof e.text === 'string' || typeof e.base64 === 'string');
}

function describe(error) {
  if (!error) return 'unknown error';
  return error.name && error.name !== 'Error' ? `${error.name}${error.message ? `: ${error.message}` : ''}` : String(error.message ?? error);
}

/** The characters an entry's text or bytes take. */
export function entrySize(entry) {
  return (entry.text ?? entry.base64 ?? '').length;
}

/** localStorage, or null where reading the property itself throws (blocked storage). */
function localStorageOrNull() {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

function readJson(storage, key) {
  try {
    return JSON.parse(storage?.getItem(key) ?? 'null');
  } catch {
    return null;
  }
}

/** Settles with the transaction: resolves on commit, rejects with why it aborted. */
function committed(tx) {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new DOMException('The transaction was aborted.', 'AbortError'));
    tx.onerror = (ev) => ev.preventDefault?.(); // the abort that follows carries the error
  });
}

function requested(request) {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = (ev) => {
      ev.preventDefault?.();
      reject(request.error);
    };
  });
}

/** Runs `fill(stores...)` in one transaction and waits for it to commit; a synchronous throw aborts it. */
async function transact(db, names, fill) {
  const tx = db.transaction(names, 'readwrite');
  const done = committed(tx);
  try {
    fill(...names.map((n) => tx.objectStore(n)));
    // Commit now rather than when the event loop comes back: the write is
    // then under way even if the page is closed or reloaded right after.
    tx.commit?.();
  } catch (e) {
    try {
      tx.abort();
    } catch {
      // already finished
    }
    done.catch(() => {});
    throw e;
  }
  await done;
}

function openDatabase(factory) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new DOMException('IndexedDB did not open in time (another tab may be upgrading it).', 'TimeoutError')), OPEN_TIMEOUT_MS);
    let request;
    try {
      request = factory.open(DB_NAME, DB_VERSION);
    } catch (e) {
      clearTimeout(timer);
      reject(e);
      return;
    }
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(ENTRIES)) db.createObjectStore(ENTRIES, { keyPath: 'id' });
      if (!db.objectStoreNames.contains(META)) db.createObjectStore(META);
    };
    request.onsuccess = () => {
      clearTimeout(timer);
      const db = request.result;
      // Another tab upgrading the schema must not wait for this one forever.
      db.onversionchange = () => db.close();
      resolve(db);
    };
    request.onerror = (ev) => {
      ev.preventDefault?.();
      clearTimeout(timer);
      reject(request.error ?? new DOMException('IndexedDB could not be opened.', 'UnknownError'));
    };
    request.onblocked = () => {}; // the timeout decides
  });
}

/**
 * The store. `mode` is 'indexeddb' when articles go to IndexedDB, otherwise
 * 'localstorage' (with `reason` saying why IndexedDB is out), or 'none' when
 * no storage at all can be used.
 */
export class Store {
  constructor(db, storage, reason) {
    this.db = db;
    this.storage = storage;
    this.reason = reason;
    this.mode = db ? 'indexeddb' : storage ? 'localstorage' : 'none';
  }

  /** Every stored entry in the user's order, and the settings. Never rejects. */
  async loadAll() {
    const legacy = readJson(this.storage, LOCAL_ENTRIES_KEY);
    const local = Array.isArray(legacy?.entries) ? legacy.entries.filter(isEntry).map(recordOf) : [];
    const settings = readJson(this.storage, SETTINGS_KEY) ?? (legacy?.settings && typeof legacy.settings === 'object' ? legacy.settings : null);
    // Settings from an older version's single record get their own key before that record is emptied.
    if (settings && !readJson(this.storage, SETTINGS_KEY)) this.saveSettings(settings);
    let stored = [];
    let order = [];
    const problems = [];
    if (this.db) {
      try {
        const tx = this.db.transaction([ENTRIES, META], 'readonly');
        [stored, order] = await Promise.all([requested(tx.objectStore(ENTRIES).getAll()), requested(tx.objectStore(META).get(ORDER_KEY))]);
        stored = (stored ?? []).filter(isEntry);
        order = Array.isArray(order) ? order : [];
      } catch (e) {
        problems.push(`The articles saved in this browser could not be read (${describe(e)}).`);
      }
    }
    const inDb = new Set(stored.map((e) => e.id));
    const all = [...stored, ...local.filter((e) => !inDb.has(e.id))];
    const rank = new Map(order.map((id, i) => [id, i]));
    // Ids the order record does not know (it is written after the articles) keep their place at the end.
    const ranked = all.map((e, i) => [rank.get(e.id) ?? order.length + i, e]).sort((a, b) => a[0] - b[0]).map(([, e]) => e);
    return { entries: ranked, settings, inDb: stored, local: local.filter((e) => !inDb.has(e.id)), problems };
  }

  /** Writes entries (each one record) in one transaction; rejects with the browser's error if it is refused. */
  putEntries(entries) {
    return transact(this.db, [ENTRIES], (store) => {
      for (const entry of entries) store.put(recordOf(entry));
    });
  }

  putEntry(entry) {
    return this.putEntries([entry]);
  }

  /** Deletes the given entries and records the order of all of them, in one transaction. */
  commitOrder(ids, deleted = []) {
    return transact(this.db, [ENTRIES, META], (entries, meta) => {
      for (const id of deleted) entries.delete(id);
      meta.put([...ids], ORDER_KEY);
    });
  }

  deleteEntry(id) {
    return transact(this.db, [ENTRIES], (store) => store.delete(id));
  }

  /**
   * Puts the entries IndexedDB did not take into localStorage, in order,
   * leaving out the largest one by one until the rest fits. Returns the
   * ids left out, each with the error that kept it out.
   */
  writeLocal(entries) {
    const left = new Map();
    if (!this.storage) {
      for (const e of entries) left.set(e.id, this.reason ?? 'storage is blocked');
      return left;
    }
    const kept = entries.map(recordOf);
    for (;;) {
      try {
        if (kept.length) {
          this.storage.setItem(LOCAL_ENTRIES_KEY, JSON.stringify({ entries: kept }));
          this.#leaveRoom();
        } else this.storage.removeItem(LOCAL_ENTRIES_KEY);
        return left;
      } catch (e) {
        if (!kept.length) {
          for (const entry of entries) if (!left.has(entry.id)) left.set(entry.id, describe(e));
          return left;
        }
        let largest = 0;
        kept.forEach((entry, i) => (entrySize(entry) > entrySize(kept[largest]) ? (largest = i) : null));
        const [dropped] = kept.splice(largest, 1);
        left.set(dropped.id, describe(e));
      }
    }
  }

  /** Throws (as setItem does) when the articles leave no room for the settings to grow. */
  #leaveRoom() {
    try {
      this.storage.setItem(ROOM_PROBE_KEY, 'x'.repeat(SETTINGS_ROOM));
    } finally {
      this.storage.removeItem(ROOM_PROBE_KEY);
    }
  }

  /** Saves the settings; returns an error description, or null. */
  saveSettings(settings) {
    if (!this.storage) return this.reason ?? 'storage is blocked';
    try {
      this.storage.setItem(SETTINGS_KEY, JSON.stringify(settings));
      return null;
    } catch (e) {
      return describe(e);
    }
  }

  /** Removes every article and setting from both stores. */
  async clear() {
    const problems = [];
    if (this.db) {
      try {
        await transact(this.db, [ENTRIES, META], (entries, meta) => {
          entries.clear();
          meta.clear();
        });
      } catch (e) {
        problems.push(describe(e));
      }
    }
    try {
      this.storage?.removeItem(LOCAL_ENTRIES_KEY);
      this.storage?.removeItem(SETTINGS_KEY);
    } catch (e) {
      problems.push(describe(e));
    }
    return problems;
  }
}

/** Opens the store: IndexedDB when the browser lets the page use it, else localStorage alone. Never rejects. */
export async function openStore() {
  const storage = localStorageOrNull();
  let factory;
  try {
    factory = globalThis.indexedDB;
  } catch (e) {
    return new Store(null, storage, describe(e));
  }
  if (!factory) return new Store(null, storage, 'this browser offers no IndexedDB');
  try {
    return new Store(await openDatabase(factory), storage, null);
  } catch (e) {
    return new Store(null, storage, describe(e));
  }
}

/**
 * Keeps the store in step with the page's list of entries. The page calls
 * schedule() after any change and never waits: flush() runs once the current
 * task is over (changes made in one task are one write; changes made while a
 * write is under way are one more write after it), compares the list with
 * what is stored and writes only what differs: new or edited entries, the ids
 * removed, the order. It starts at once rather than after a quiet spell
 * because a reload right after adding an article must find it stored; every
 * change the page saves is a discrete action (add, edit, remove, import),
 * never a keystroke. `onSaved({ unsaved, local, problems, characters, ms })` reports after
 * every flush: `unsaved` maps each entry that will not survive a reload to
 * why, `local` holds the ids kept in localStorage instead of IndexedDB.
 */
export class Saver {
  constructor(store, getEntries, onSaved, { delay = 0 } = {}) {
    this.store = store;
    this.getEntries = getEntries;
    this.onSaved = onSaved;
    this.delay = delay;
    this.inDb = new Map(); // id -> record as stored in IndexedDB
    this.local = new Map(); // id -> record as stored in localStorage
    this.order = null; // the id list last stored
    this.timer = null;
    this.running = null; // the flush under way
    this.again = false; // changes arrived during that flush
  }

  /** Takes what loadAll() found as stored, and moves localStorage's entries into IndexedDB. */
  async adopt(loaded) {
    // Copies: the page edits its entries in place, and these record what is stored.
    for (const e of loaded.inDb) this.inDb.set(e.id, recordOf(e));
    for (const e of loaded.local) this.local.set(e.id, recordOf(e));
    this.order = this.store.db ? null : loaded.entries.map((e) => e.id);
    // Without IndexedDB they are already where they can be.
    if (this.store.db && loaded.local.length) return this.flush();
    return null;
  }

  get pending() {
    return this.timer !== null || this.running !== null;
  }

  schedule() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.flush();
    }, this.delay);
  }

  /** Writes now; resolves when stored (or found not storable) and reported. */
  flush() {
    clearTimeout(this.timer);
    this.timer = null;
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      let report;
      do {
        this.again = false;
        report = await this.#write(this.getEntries());
      } while (this.again);
      this.running = null;
      this.onSaved(report);
      return report;
    })();
    return this.running;
  }

  /** Forgets what was stored, after the store was cleared. */
  reset() {
    clearTimeout(this.timer);
    this.timer = null;
    this.inDb.clear();
    this.local.clear();
    this.order = null;
  }

  async #write(entries) {
    const started = performance.now();
    const same = (a, b) => a && a.name === b.name && a.text === b.text && a.base64 === b.base64;
    const refused = new Map(); // id -> why IndexedDB did not take it
    const problems = [];
    let characters = 0;
    if (this.store.db) {
      const changed = entries.filter((e) => !same(this.inDb.get(e.id), e));
      if (changed.length) {
        try {
          await this.store.putEntries(changed);
        } catch {
          // One transaction per entry to learn which ones the browser refuses.
          for (const entry of changed) {
            try {
              await this.store.putEntry(entry);
            } catch (e) {
              refused.set(entry.id, describe(e));
            }
          }
        }
        for (const entry of changed) {
          if (refused.has(entry.id)) continue;
          this.inDb.set(entry.id, recordOf(entry));
          characters += entrySize(entry);
        }
      }
      const ids = entries.map((e) => e.id);
      const current = new Set(ids);
      const deleted = [...this.inDb.keys()].filter((id) => !current.has(id));
      if (deleted.length || ids.join('\n') !== this.order?.join('\n')) {
        try {
          await this.store.commitOrder(ids, deleted);
          for (const id of deleted) this.inDb.delete(id);
          this.order = ids;
        } catch (e) {
          problems.push(`The order of the articles could not be saved (${describe(e)}).`);
        }
      }
    } else {
      for (const entry of entries) refused.set(entry.id, this.store.reason ?? 'no storage');
    }
    // Entries IndexedDB did not take go to localStorage when it holds them.
    const toLocal = entries.filter((e) => refused.has(e.id));
    const localChanged = toLocal.length !== this.local.size || toLocal.some((e) => !same(this.local.get(e.id), e));
    let unsaved = new Map();
    if (localChanged) {
      const left = this.store.writeLocal(toLocal);
      this.local.clear();
      for (const e of toLocal) {
        if (left.has(e.id)) unsaved.set(e.id, `${refused.get(e.id)}; ${left.get(e.id)}`);
        else {
          this.local.set(e.id, recordOf(e));
          characters += entrySize(e);
        }
      }
    } else {
      unsaved = new Map(toLocal.filter((e) => !this.local.has(e.id)).map((e) => [e.id, this.lastUnsaved?.get(e.id) ?? refused.get(e.id)]));
    }
    this.lastUnsaved = unsaved;
    return { unsaved, local: new Set(this.local.keys()), problems, characters, ms: performance.now() - started, mode: this.store.mode };
  }
}
