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
  /** The parsed JSON body of a request that had one. */
  body?: unknown;
}

export interface RequestCountFilter {
  method?: string;
  path?: string | RegExp;
  status?: number;
}

/** Every request the sandbox received, in arrival order. */
export class RequestLog {
  private items: LoggedRequest[] = [];

  add(entry: LoggedRequest): LoggedRequest {
    this.items.push(entry);
    return entry;
  }

  entries(): readonly LoggedRequest[] {
    return this.items;
  }

  count(filter: RequestCountFilter = {}): number {
    return this.items.filter((entry) => matches(entry, filter)).length;
  }

  reset(): void {
    this.items = [];
  }
}

function matches(entry: LoggedRequest, filter: RequestCountFilter): boolean {
  if (filter.method && entry.method !== filter.method.toUpperCase()) return false;
  if (filter.status !== undefined && entry.status !== filter.status) return false;
  if (typeof filter.path === 'string' && entry.path !== filter.path) return false;
  if (filter.path instanceof RegExp && !filter.path.test(entry.path)) return false;
  return true;
}
