// The writer alone: importing the package's browser entry also loads its parser, which needs a DOMParser at
// import time and so cannot run under Node (where the exports are tested). The types are the package's own.
declare module "graphology-gexf/browser/writer.js" {
  export { write as default } from "graphology-gexf/browser/index.js";
}
