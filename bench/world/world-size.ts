/** "2k", "10k", "100k", "1m" or a plain number: the world's node count. */
export function parseWorldSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(text.trim());
  if (!match?.[1]) throw new Error(`--size: "${text}" is not a size. Use 10k, 100k, 1m or a number of nodes.`);
  const scale = { "": 1, k: 1_000, m: 1_000_000 }[(match[2] ?? "").toLowerCase()] ?? 1;
  const nodes = Math.round(Number(match[1]) * scale);
  if (nodes < 1_000) throw new Error(`--size: ${text} is too small; a world needs at least 1k nodes (250 countries and 35 elements are fixed).`);
  return nodes;
}

export const sizeLabel = (nodes: number) => (nodes >= 1_000_000 && nodes % 1_000_000 === 0 ? `${nodes / 1_000_000}m` : nodes % 1_000 === 0 ? `${nodes / 1_000}k` : String(nodes));
