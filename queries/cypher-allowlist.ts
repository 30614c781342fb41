import { highlightSyntax } from "@neo4j-cypher/language-support";
import { ReadOnlyViolationError } from "../graph/index.js";

/**
 * The words ad-hoc Cypher may use where Neo4j's own parser (the one behind its editors) sees a keyword:
 * the reading clauses, the expression keywords and the type names of LadybugDB's CAST. Everything else —
 * CREATE, LOAD, COPY, USE, CALL of an unlisted procedure, EXPLAIN, transactions, settings — is refused by
 * not being here. Words that the parser also reads as keywords where they name a column or a property
 * (ID, NAME, STATUS …) are listed because saved investigations use them that way and none of them starts a
 * clause on its own.
 */
const READING_CLAUSES = ["MATCH", "OPTIONAL", "WHERE", "WITH", "UNWIND", "RETURN", "ORDER", "BY", "SKIP", "OFFSET", "LIMIT", "UNION", "ALL", "DISTINCT", "CALL", "YIELD"];
const EXPRESSIONS = [
  "AS", "AND", "OR", "XOR", "NOT", "IN", "IS", "NULL", "TRUE", "FALSE", "STARTS", "ENDS", "CONTAINS", "CASE", "WHEN", "THEN", "ELSE", "END",
  "ASC", "ASCENDING", "DESC", "DESCENDING", "EXISTS", "COUNT", "COLLECT", "ANY", "NONE", "SINGLE", "REDUCE", "SHORTEST", "NULLS", "FIRST", "LAST",
];
const TYPE_NAMES = ["INT64", "INT32", "INT16", "INT8", "INTEGER", "DOUBLE", "FLOAT", "STRING", "BOOL", "BOOLEAN", "DATE", "TIMESTAMP", "LIST"];
const NAME_LIKE = ["ID", "NAME", "STATUS", "ROLE", "HOME", "ELEMENT", "PROPERTIES", "REL", "RELATIONSHIPS", "NODES", "NODE", "TYPE", "LABELS"];
const ALLOWED_KEYWORDS = new Set([...READING_CLAUSES, ...EXPRESSIONS, ...TYPE_NAMES, ...NAME_LIKE]);

/** A read query starts with one of these, and so does every part after UNION. */
const STATEMENT_STARTS = new Set(["MATCH", "OPTIONAL", "UNWIND", "WITH", "RETURN", "CALL"]);

/**
 * Verbs of either dialect that change something or reach outside the graph. Neo4j's parser does not know
 * LadybugDB's (COPY, ATTACH, CHECKPOINT …) and then calls them variables, so where one stands unquoted in any
 * role the query is refused and the verb named. The allowlist above is what admits a query; this only makes the
 * refusal name the clause (a variable spelled like one of these has to be quoted with backticks).
 */
const SIDE_EFFECT_VERBS = new Set([
  "CREATE", "MERGE", "SET", "DELETE", "DETACH", "REMOVE", "DROP", "ALTER", "FOREACH", "LOAD", "COPY", "EXPORT", "IMPORT", "ATTACH", "USE",
  "INSTALL", "CHECKPOINT", "BEGIN", "COMMIT", "ROLLBACK", "EXPLAIN", "PROFILE", "SHOW", "TERMINATE", "GRANT", "DENY", "REVOKE", "FINISH", "INSERT",
]);

/** Procedures that only describe the schema: Neo4j's db.* listings and LadybugDB's show_tables/table_info. */
export const READ_ONLY_PROCEDURES = new Set(["db.labels", "db.relationshipTypes", "db.propertyKeys", "show_tables", "table_info"]);

const ALLOWED_LIST = "MATCH, OPTIONAL MATCH, WHERE, WITH, UNWIND, RETURN, ORDER BY, SKIP, LIMIT, UNION and CALL of " + [...READ_ONLY_PROCEDURES].join(", ");

function refuse(what: string): never {
  throw new ReadOnlyViolationError(`query: ${what} Ad-hoc Cypher accepts reading clauses only (${ALLOWED_LIST}); load data with \`ytterby load\`.`);
}

const describeChar = (c: string) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")} "${c}"`;

/**
 * Accepts a query only if every keyword Neo4j's Cypher parser finds in it is a reading one, every procedure
 * it calls is listed, it is one statement, and its code (outside strings, comments and `quoted` names) is
 * ASCII, so look-alike letters cannot spell a keyword the parser does not see. Used for both dialects; the
 * stores add an engine-level check of the plan (see EmbeddedStore/Neo4jStore `read` with `untrusted`).
 */
export function assertReadOnlyCypher(cypher: string): void {
  const tokens = highlightSyntax(cypher);
  let covered = 0;
  let statementEnded = false;
  let procedure: string[] = [];
  let firstWord = true;
  const endProcedure = () => {
    const name = procedure.join(".");
    procedure = [];
    if (name && !READ_ONLY_PROCEDURES.has(name)) refuse(`CALL ${name} is not a read-only procedure.`);
  };
  for (const token of tokens) {
    const start = token.position.startOffset;
    const gap = cypher.slice(covered, start);
    if (/\S/.test(gap)) refuse(`"${gap.trim().slice(0, 40)}" at offset ${covered} is not Cypher the parser can read.`);
    covered = Math.max(covered, start + token.length);
    if (token.tokenType === "comment") continue;
    if (statementEnded) refuse(`only one statement is allowed; "${token.token.slice(0, 40)}" follows a ";".`);
    if (token.tokenType === "procedure") {
      procedure.push(token.token.replace(/^`|`$/g, ""));
      continue;
    }
    if (procedure.length > 0 && token.token === ".") continue;
    endProcedure();
    if (token.token === ";") {
      statementEnded = true;
      continue;
    }
    const quoted = token.tokenType === "stringLiteral" || token.token.startsWith("`");
    if (!quoted) {
      const foreign = [...token.token].find((c) => c > "\x7e" || (c < " " && !/\s/.test(c)));
      if (foreign) refuse(`${describeChar(foreign)} in "${token.token.slice(0, 40)}" is not ASCII; write Cypher keywords and names in plain ASCII (quote other names with backticks).`);
    }
    const word = token.token.toUpperCase();
    if (firstWord) {
      firstWord = false;
      if (!STATEMENT_STARTS.has(word)) refuse(`${SIDE_EFFECT_VERBS.has(word) ? `${word} is not allowed; ` : ""}a query starts with MATCH, OPTIONAL MATCH, UNWIND, WITH, RETURN or CALL, not "${token.token.slice(0, 40)}".`);
    }
    if (token.tokenType === "keyword" && !ALLOWED_KEYWORDS.has(word)) refuse(`${word} is not allowed.`);
    if (!quoted && token.tokenType !== "property" && token.tokenType !== "label" && SIDE_EFFECT_VERBS.has(word)) refuse(`${word} is not allowed.`);
  }
  endProcedure();
  if (/\S/.test(cypher.slice(covered))) refuse(`"${cypher.slice(covered).trim().slice(0, 40)}" at offset ${covered} is not Cypher the parser can read.`);
  if (!tokens.some((t) => t.tokenType === "keyword" && t.token.toUpperCase() === "RETURN")) refuse("it has no RETURN.");
}
