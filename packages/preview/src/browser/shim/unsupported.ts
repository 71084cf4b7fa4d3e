/** SDK names the app does not use yet; they fail loudly when called. */
const notInPreview = (name: string) => new Error(`${name} is not implemented in the preview.`);

export function useCrmSearch() {
  return {
    results: [],
    error: notInPreview('useCrmSearch'),
    isLoading: false,
    isRefetching: false,
    pagination: { hasNextPage: false, hasPreviousPage: false, currentPage: 1, pageSize: 0 },
    refetch: async () => undefined,
  };
}

export function formatCrmProperties(): never {
  throw notInPreview('formatCrmProperties');
}

export const iconNames: Record<string, string> = new Proxy({}, { get: (_, name) => String(name) });
