/**
 * Node flags of the language server process (the benchmark starts it with the same ones). A young
 * generation of 2 MB semi-spaces instead of V8's 16 MB: indexing allocates short-lived parse trees in
 * bursts, and the larger young generation was a third of the server's peak memory at 5,000 items
 * (peak RSS indexing the 5,000-item benchmark workspace: 142 MB → 106 MB, and no slower).
 */
export const SERVER_EXEC_ARGV: readonly string[] = ['--max-semi-space-size=2'];
