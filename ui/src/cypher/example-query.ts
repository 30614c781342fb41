// Kept apart from the editor so the app can start with it without loading CodeMirror and the Cypher parser.
export const EXAMPLE_QUERY = "MATCH (a:Actor)-[r:OWNS]->(b)\nWHERE r.share >= 50\nRETURN a, r, b\nLIMIT 50";
