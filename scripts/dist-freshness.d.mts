export function ensureBundlesFresh(log?: (message: string) => void): void;
export function stalePackage(): string | undefined;
export function staleOutputs(outputs: readonly string[], sources: readonly string[], root?: string): string[];
