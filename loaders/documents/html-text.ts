import { parseHTML } from "linkedom";

/** Elements that are never article text: code, page chrome and forms. */
const NON_ARTICLE = "script, style, noscript, template, iframe, svg, canvas, nav, header, footer, aside, form, button, select, menu";
const BLOCKS = new Set(["P", "DIV", "SECTION", "ARTICLE", "MAIN", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "TR", "BLOCKQUOTE", "PRE", "FIGCAPTION", "DD", "DT", "TABLE", "UL", "OL", "BR", "HR"]);

export interface HtmlText {
  text: string;
  title?: string;
  date?: string;
}

function collect(node: Node, out: string[]): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) out.push((child.textContent ?? "").replace(/\s+/g, " "));
    else if (child.nodeType === 1) {
      const block = BLOCKS.has((child as Element).tagName);
      if (block) out.push("\n");
      collect(child, out);
      if (block) out.push("\n");
    }
  }
}

/**
 * The readable article of an HTML page as plain text, one block per line. Offsets of HTML documents refer
 * to this text (kept as the Document's `text`), since markup and entities make raw-HTML offsets unquotable.
 */
export function htmlToText(html: string): HtmlText {
  const { document } = parseHTML(html);
  for (const element of Array.from(document.querySelectorAll(NON_ARTICLE))) element.remove();
  const root = document.querySelector("article") ?? document.querySelector("main") ?? document.body ?? document.documentElement;
  const parts: string[] = [];
  if (root) collect(root, parts);
  const text = parts
    .join("")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .join("\n\n");
  const title = document.querySelector("title")?.textContent?.trim() || document.querySelector("h1")?.textContent?.trim() || undefined;
  const date =
    document.querySelector('meta[property="article:published_time"]')?.getAttribute("content") ??
    document.querySelector("time[datetime]")?.getAttribute("datetime") ??
    undefined;
  return { text, title, date: date ?? undefined };
}
