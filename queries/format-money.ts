// Sums of money as people write them, shared by the canvas's edge labels and the investigations' text columns.
const compactFormat = new Intl.NumberFormat("en", { notation: "compact", maximumFractionDigits: 1 });

/**
 * "RUB 3.6B" rather than "3,600,000,000": a sum of money without its currency reads like a tonnage, and ten
 * digits neither fit on an edge nor read at a glance in a table. A currency that is not an ISO code ("yuan")
 * follows the figure instead.
 */
export function formatMoney(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat("en", { style: "currency", currency, currencyDisplay: "code", notation: "compact", minimumFractionDigits: 0, maximumFractionDigits: 1 }).format(amount).replace(/\u00a0/g, " ");
  } catch {
    return `${compactFormat.format(amount)} ${currency}`;
  }
}
