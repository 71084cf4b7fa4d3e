export interface LoggedRequest {
  sequence: number;
  method: string;
  path: string;
  query: string;
  /** 0 while unanswered, or when a timeout fault never answers. */
  status: number;
  startedAt: string;
  durationMs: number;
  fault?: string;
  /** The parsed JSON body of a request that had one (a placeholder when it was too large). */
  body?: unknown;
  /** Set when no route answers this method and path (answered 501). */
  unhandled?: boolean;
}

export interface RequestLogLimits {
  /** Oldest entries are dropped beyond this many (default 10 000). */
  maxEntries?: number;
  /** Bodies whose JSON is longer than this are kept as a placeholder (default 64 KiB). */
  maxBodyChars?: number;
}

export interface RequestCountFilter {
  method?: string;
  path?: string | RegExp;
  status?: number;
}

/** The requests the sandbox received, in arrival order; bounded in count and body size. */
export class RequestLog {
  private items: LoggedRequest[] = [];
  private unhandledItems: LoggedRequest[] = [];
  private readonly maxEntries: number;
  private readonly maxBodyChars: number;
  /** Entries dropped for the count limit since the last reset. */
  dropped = 0;

  constructor(limits: RequestLogLimits = {}) {
    this.maxEntries = limits.maxEntries ?? 10_000;
    this.maxBodyChars = limits.maxBodyChars ?? 64 * 1024;
  }

  add(entry: LoggedRequest): LoggedRequest {
    this.items.push(entry);
    if (this.items.length > this.maxEntries) {
      const excess = this.items.length - this.maxEntries;
      this.items.splice(0, excess);
      this.dropped += excess;
    }
    return entry;
  }

  /** Stores a request body, or `{ truncated, chars }` when its JSON exceeds the limit. */
  keepBody(entry: LoggedRequest, body: unknown): void {
    const chars = JSON.stringify(body)?.length ?? 0;
    entry.body = chars > this.maxBodyChars ? { truncated: true, chars } : body;
  }

  /** Requests no route answered: a test harness should fail on any (like msw's `onUnhandledRequest: 'error'`). */
  unhandled(): readonly LoggedRequest[] {
    return this.unhandledItems;
  }

  markUnhandled(entry: LoggedRequest): void {
    entry.unhandled = true;
    if (this.unhandledItems.length < this.maxEntries) this.unhandledItems.push(entry);
  }

  entries(): readonly LoggedRequest[] {
    return this.items;
  }

  count(filter: RequestCountFilter = {}): number {
    return this.items.filter((entry) => matches(entry, filter)).length;
  }

  reset(): void {
    this.items = [];
    this.unhandledItems = [];
    this.dropped = 0;
  }
}

function matches(entry: LoggedRequest, filter: RequestCountFilter): boolean {
  if (filter.method && entry.method !== filter.method.toUpperCase()) return false;
  if (filter.status !== undefined && entry.status !== filter.status) return false;
  if (typeof filter.path === 'string' && entry.path !== filter.path) return false;
  if (filter.path instanceof RegExp && !filter.path.test(entry.path)) return false;
  return true;
}
