// The package ships types at src/*.d.ts but its "exports" map hides them from NodeNext resolution,
// so the props this app uses are declared here.
declare module "@neo4j-cypher/react-codemirror" {
  import type { ComponentType } from "react";
  export interface CypherEditorProps {
    value?: string;
    onValueChanged?: (value: string) => void;
    lineNumbers?: boolean;
    autocomplete?: boolean;
    lint?: boolean;
    readOnly?: boolean;
    placeholder?: string;
    className?: string;
    schema?: { labels?: string[]; relationshipTypes?: string[]; propertyKeys?: string[] };
  }
  export const CypherEditor: ComponentType<CypherEditorProps>;
}
