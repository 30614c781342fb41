/**
 * What a match of a regex source can begin with, per top-level alternative: the UTF-16 code units it can start
 * with, and whether the alternative opens with the fence `(?<!\p{L})` (no letter before it). Read from the source
 * by a small parser of literals, groups, alternations, classes and quantifiers; look-arounds and `\b` count as
 * matching nothing (so the set can only be too large, never too small). Undefined when some alternative can begin
 * with what the parser does not enumerate (`.`, `\s`, `\p{…}`, a negated class, an astral character) or can match
 * the empty string, or when the source holds what it does not read (a back-reference): then every position is one.
 */
export interface FirstChars {
  /** Code units an alternative opening with the fence can start with: candidates only after a non-letter. */
  fenced: Set<number>;
  /** Code units any other alternative can start with: candidates anywhere. */
  free: Set<number>;
}

const FENCE = "(?<!\\p{L})";

interface Start {
  /** "any": a part the parser reads past but does not enumerate (`.`, `\s`, `\p{…}`, a negated class). */
  chars: Set<number> | "any";
  /** The part can match without consuming a character, so what follows it can start the match too. */
  nullable: boolean;
}

class Unknown extends Error {}

const CONTROL_ESCAPES: Record<string, number> = { n: 10, r: 13, t: 9, f: 12, v: 11, "0": 0 };

class FirstCharParser {
  private at = 0;

  constructor(private readonly source: string) {}

  /** Top-level alternatives, each with whether it opens with the fence. */
  topLevel(): FirstChars {
    const fenced = new Set<number>();
    const free = new Set<number>();
    for (;;) {
      const isFenced = this.source.startsWith(FENCE, this.at);
      const start = this.sequence();
      if (start.nullable || start.chars === "any") throw new Unknown();
      for (const c of start.chars) (isFenced ? fenced : free).add(c);
      if (this.at >= this.source.length) return { fenced, free };
      if (this.source[this.at] !== "|") throw new Unknown();
      this.at++;
    }
  }

  private alternation(): Start {
    const chars = new Set<number>();
    let any = false;
    let nullable = false;
    for (;;) {
      const start = this.sequence();
      if (start.chars === "any") any = true;
      else for (const c of start.chars) chars.add(c);
      nullable ||= start.nullable;
      if (this.source[this.at] !== "|") return { chars: any ? "any" : chars, nullable };
      this.at++;
    }
  }

  /** Elements up to `|`, `)` or the end; an element can start the match while all before it can be empty. */
  private sequence(): Start {
    const chars = new Set<number>();
    let any = false;
    let open = true;
    while (this.at < this.source.length && this.source[this.at] !== "|" && this.source[this.at] !== ")") {
      // Every element is parsed, to move past it; it adds its first characters while all before it can be empty.
      const element = this.quantified();
      if (!open) continue;
      if (element.chars === "any") any = true;
      else for (const c of element.chars) chars.add(c);
      open = element.nullable;
    }
    return { chars: any ? "any" : chars, nullable: open };
  }

  private quantified(): Start {
    const atom = this.atom();
    const next = this.source[this.at];
    let nullable = atom.nullable;
    if (next === "?" || next === "*") {
      nullable = true;
      this.at++;
    } else if (next === "+") this.at++;
    else if (next === "{") {
      const quantifier = /^\{(\d+)(?:,\d*)?\}/.exec(this.source.slice(this.at));
      if (!quantifier) throw new Unknown();
      if (Number(quantifier[1]) === 0) nullable = true;
      this.at += quantifier[0].length;
    } else return atom;
    // A lazy quantifier matches the same strings.
    if (this.source[this.at] === "?") this.at++;
    return { chars: atom.chars, nullable };
  }

  private atom(): Start {
    const ch = this.source[this.at] as string;
    if (ch === "(") return this.group();
    if (ch === "[") return this.characterClass();
    if (ch === "\\") return this.escape();
    if (ch === "*" || ch === "+" || ch === "?" || ch === "{" || ch === "]" || ch === "}") throw new Unknown();
    this.at++;
    if (ch === ".") return { chars: "any", nullable: false };
    if (ch === "^" || ch === "$") return { chars: new Set(), nullable: true };
    return { chars: new Set([literal(ch)]), nullable: false };
  }

  private group(): Start {
    const lookaround = /^\(\?<?[=!]/.exec(this.source.slice(this.at, this.at + 4));
    const named = /^\(\?<[A-Za-z_$][\w$]*>/.exec(this.source.slice(this.at));
    this.at += lookaround ? lookaround[0].length : named ? named[0].length : this.source.startsWith("(?:", this.at) ? 3 : 1;
    if (!lookaround && !named && this.source[this.at - 1] === "?") throw new Unknown();
    const inner = this.alternation();
    if (this.source[this.at] !== ")") throw new Unknown();
    this.at++;
    // A look-around matches no character: it only narrows where the rest matches.
    return lookaround ? { chars: new Set(), nullable: true } : inner;
  }

  private characterClass(): Start {
    this.at++;
    const negated = this.source[this.at] === "^";
    if (negated) this.at++;
    const chars = new Set<number>();
    let any = negated;
    while (this.at < this.source.length && this.source[this.at] !== "]") {
      const from = this.classAtom();
      if (from === "any") {
        any = true;
        continue;
      }
      if (this.source[this.at] === "-" && this.at + 1 < this.source.length && this.source[this.at + 1] !== "]") {
        this.at++;
        const to = this.classAtom();
        if (to === "any" || to < from) throw new Unknown();
        for (let c = from; c <= to; c++) chars.add(c);
      } else chars.add(from);
    }
    if (this.source[this.at] !== "]") throw new Unknown();
    this.at++;
    return { chars: any ? "any" : chars, nullable: false };
  }

  private classAtom(): number | "any" {
    const ch = this.source[this.at] as string;
    if (ch !== "\\") {
      this.at++;
      return literal(ch);
    }
    const escaped = this.source[this.at + 1] as string;
    this.at += 2;
    if (escaped === "u") return this.hexEscape();
    if (escaped in CONTROL_ESCAPES) return CONTROL_ESCAPES[escaped] as number;
    if (escaped === "p" || escaped === "P") return this.property();
    if ("sSdDwW".includes(escaped)) return "any";
    if (/[A-Za-z0-9]/.test(escaped)) throw new Unknown();
    return literal(escaped);
  }

  /** Past `{…}` of `\p{…}` (the `\p` already read). */
  private property(): "any" {
    const name = /^\{[A-Za-z_=]+\}/.exec(this.source.slice(this.at));
    if (!name) throw new Unknown();
    this.at += name[0].length;
    return "any";
  }

  private escape(): Start {
    const escaped = this.source[this.at + 1] as string;
    this.at += 2;
    if (escaped === "b" || escaped === "B") return { chars: new Set(), nullable: true };
    if (escaped === "u") return { chars: new Set([this.hexEscape()]), nullable: false };
    if (escaped in CONTROL_ESCAPES) return { chars: new Set([CONTROL_ESCAPES[escaped] as number]), nullable: false };
    if (escaped === "p" || escaped === "P") return { chars: this.property(), nullable: false };
    if ("sSdDwW".includes(escaped)) return { chars: "any", nullable: false };
    // Back-references (which may match nothing) and the rest of the lettered escapes are not read.
    if (/[A-Za-z0-9]/.test(escaped)) throw new Unknown();
    return { chars: new Set([literal(escaped)]), nullable: false };
  }

  /** `\uXXXX` (the `\u` already read); `\u{…}` may be astral and is not enumerated. */
  private hexEscape(): number {
    const hex = /^[0-9A-Fa-f]{4}/.exec(this.source.slice(this.at));
    if (!hex) throw new Unknown();
    this.at += 4;
    const code = parseInt(hex[0], 16);
    if (code >= 0xd800 && code <= 0xdfff) throw new Unknown();
    return code;
  }
}

function literal(ch: string): number {
  const code = ch.charCodeAt(0);
  // Half of an astral character: the pattern reads code points, which a code-unit set would not describe.
  if (code >= 0xd800 && code <= 0xdfff) throw new Unknown();
  return code;
}

/** The first characters of a case-sensitive pattern's matches (see FirstChars), or undefined. */
export function firstChars(source: string, flags: string): FirstChars | undefined {
  if (flags.includes("i") || !flags.includes("u")) return undefined;
  try {
    return new FirstCharParser(source).topLevel();
  } catch (error) {
    if (error instanceof Unknown) return undefined;
    throw error;
  }
}
