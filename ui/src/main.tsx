import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App.js";
import "./app/styles.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html: no #root element. The app mounts there.");
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
