export function notFoundMarks(): Map<string, number>;
export function markNotFound(headers: { get(name: string): string | null }): void;
