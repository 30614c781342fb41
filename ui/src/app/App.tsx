// The explorer: library and form (or Cypher) on the left, summary + canvas + rows in the middle,
// the inspector on the right. State changes go through pure functions in ../state.
import { lazy, Suspense, useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import type { InvestigationSummary, SearchHit } from "../../../queries/contract.js";
import { api, ApiError } from "../api/client.js";
import type { Health } from "../api/schemas.js";
import { CanvasToolbar, type ExportFormat } from "../canvas/CanvasToolbar.js";
import { CameraController, type CameraRequest } from "../canvas/controllers/CameraController.js";
import { EventsController } from "../canvas/controllers/EventsController.js";
import { HighlightController } from "../canvas/controllers/HighlightController.js";
import { LayoutController, type LayoutMode, type LayoutPreset } from "../canvas/controllers/LayoutController.js";
import { SigmaRefController } from "../canvas/controllers/SigmaRefController.js";
import { TestHookController } from "../canvas/controllers/TestHookController.js";
import { ResizeController } from "../canvas/controllers/ResizeController.js";
import { VisibilityController } from "../canvas/controllers/VisibilityController.js";
import { exportSvg, pngBlob, toGexf } from "../canvas/export-files.js";
import { StyleControls } from "../canvas/StyleControls.js";
import { GraphCanvas } from "../canvas/GraphCanvas.js";
import { Legend } from "../canvas/Legend.js";
import type { SigmaHandle } from "../canvas/sigma-context.js";
import { EXAMPLE_QUERY } from "../cypher/example-query.js";
import { DocumentViewer } from "../document/DocumentViewer.js";
import { storeLine, storeLineParts } from "./store-line.js";
import { AddDocuments } from "./AddDocuments.js";
import type { DocumentTarget } from "../inspector/EvidenceCard.js";
import { Inspector } from "../inspector/Inspector.js";
import type { Loadable } from "../inspector/useEvidence.js";
import { InvestigationLibrary } from "../library/InvestigationLibrary.js";
import { ParamForm } from "../library/ParamForm.js";
import { DidYouMean, type NameSuggestions } from "../library/DidYouMean.js";
import { FilterBar } from "../results/FilterBar.js";
import { ResultTable } from "../results/ResultTable.js";
import { toGraphML, toResultJson } from "../state/exporters.js";
import { rowNode } from "../state/table.js";
import { applyFilters, filterDomain, NO_FILTERS, type ResultFilters } from "../state/filters.js";
import { isControlResult } from "../state/hierarchy-layout.js";
import { applyStyle } from "../state/apply-style.js";
import { DEFAULT_STYLE, defaultStyleFor, type GraphStyle } from "../state/graph-style.js";
import { legendModel } from "../state/legend-model.js";
import { initialValues, toRequestParams, type FormValues } from "../state/param-form.js";
import { buildRenderGraph, type RenderGraph } from "../state/render-graph.js";
import { canvasReducer, EMPTY_CANVAS, type Selection } from "../state/selection.js";
import { decodeView, encodeView, type ViewLocation } from "../state/url-state.js";
import { fileStem, saveBlob, saveText } from "./downloads.js";
import { resultFileStem, type ResultView } from "./result-view.js";
import { sourceLine } from "./source-line.js";
import { SearchBox } from "./SearchBox.js";
import { useKeyboard } from "./useKeyboard.js";
import { SceneMenu } from "./SceneMenu.js";
import { NARROW_SCREEN, PanelToggles, type Collapsed } from "./PanelToggles.js";
import { captureScene, filtersOfScene } from "./capture-scene.js";
import { openSceneGraph } from "./open-scene.js";
import { useSourceKinds } from "./useSourceKinds.js";
import { decompressScene, sceneHash, sceneInHash } from "../state/scene-link.js";
import { parseScene, sceneFileName, serializeScene, type Scene } from "../state/scene.js";
import { ContextMenu } from "../canvas/ContextMenu.js";
import { ContextMenuController, type MenuRequest } from "../canvas/controllers/ContextMenuController.js";
import { DragController } from "../canvas/controllers/DragController.js";
import { DragClickGuardController } from "../canvas/controllers/DragClickGuardController.js";
import { SelectGesturesController } from "../canvas/controllers/SelectGesturesController.js";
import { EditBar } from "../canvas/EditBar.js";
import { useGraphEditing } from "./useGraphEditing.js";
import { chartFor, isCountryRow } from "../charts/chart-data.js";
import { ResultChart, ViewSwitch } from "../charts/ResultChart.js";
import { useUndoKeys } from "./useUndoKeys.js";
import { KeyboardNodesController } from "../canvas/controllers/KeyboardNodesController.js";
import { SkipLinks } from "../keyboard/SkipLinks.js";
import type { ReviewFilter } from "../../../queries/review-contract.js";
import { ReviewFilterControl } from "../review/ReviewFilterControl.js";

// Most of the bundle is the Cypher editor; the investigations and the canvas should not wait for it.
const CypherPanel = lazy(async () => ({ default: (await import("../cypher/CypherPanel.js")).CypherPanel }));

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export function App() {
  const [catalogue, setCatalogue] = useState<Loadable<InvestigationSummary[]>>({ state: "loading" });
  const [health, setHealth] = useState<Health | undefined>(undefined);
  const [initial] = useState<ViewLocation>(() => decodeView(location.search));
  const [panel, setPanel] = useState<"library" | "cypher">(initial.kind === "cypher" ? "cypher" : "library");
  const [activeId, setActiveId] = useState<string | undefined>(initial.kind === "investigation" ? initial.id : undefined);
  const [values, setValues] = useState<FormValues>({});
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | undefined>(undefined);
  const [suggestions, setSuggestions] = useState<NameSuggestions | undefined>(undefined);
  const [query, setQuery] = useState(initial.kind === "cypher" ? initial.query : EXAMPLE_QUERY);
  const [cypherError, setCypherError] = useState<string | undefined>(undefined);
  const [running, setRunning] = useState(false);
  const [view, setView] = useState<ResultView | null>(null);
  const [renderGraph, setRenderGraph] = useState<RenderGraph | null>(null);
  const [canvas, dispatch] = useReducer(canvasReducer, EMPTY_CANVAS);
  const canvasRef = useRef(canvas);
  canvasRef.current = canvas;
  const [filters, setFilters] = useState<ResultFilters>(NO_FILTERS);
  const [style, setStyle] = useState<GraphStyle>(DEFAULT_STYLE);
  const [preset, setPreset] = useState<LayoutPreset | null>(null);
  // On a small screen the inspector starts folded away, and opens when something is selected.
  const [collapsed, setCollapsed] = useState<Collapsed>(() => ({ left: false, right: window.innerWidth < NARROW_SCREEN }));
  const [layout, setLayout] = useState<LayoutMode>("force");
  const [layoutKey, setLayoutKey] = useState(0);
  const [layoutRunning, setLayoutRunning] = useState(false);
  const [more, setMore] = useState<Map<string, number>>(new Map());
  const [addedIds, setAddedIds] = useState<ReadonlySet<string>>(new Set());
  const [documentTarget, setDocumentTarget] = useState<DocumentTarget | null>(null);
  const [camera, setCamera] = useState<CameraRequest>(null);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const [showGraph, setShowGraph] = useState(false);
  const sigmaRef = useRef<SigmaHandle | null>(null);
  const autoRan = useRef(false);
  // Only the latest run may show its result: Back pressed twice quickly must not end on the first answer.
  const latestRun = useRef(0);
  // Read by every run, including reruns after a review, without making the run callbacks change identity.
  const [reviews, setReviews] = useState<ReviewFilter>("hide-rejected");
  const reviewsRef = useRef(reviews);

  const investigations = catalogue.state === "ready" ? catalogue.value : [];
  const active = investigations.find((i) => i.id === activeId);

  useEffect(() => {
    api.investigations().then((value) => setCatalogue({ state: "ready", value })).catch((e: unknown) => setCatalogue({ state: "error", message: message(e) }));
    api.health().then(setHealth).catch(() => setHealth(undefined));
  }, []);

  // `refresh`: the same question asked again after a review, so the analyst's selection (as it is when the
  // answer arrives, not when it was asked) and style stay.
  const showResult = useCallback((next: ResultView, category?: string, refresh = false) => {
    const graph = buildRenderGraph(next.graph);
    setPreset(null);
    if (!refresh) setStyle(defaultStyleFor(category, next.source.kind === "investigation" ? next.source.id : undefined));
    setView(next);
    setRenderGraph(graph);
    const current = refresh ? canvasRef.current.selection : null;
    const kept = current && (current.kind === "node" ? graph.hasNode(current.id) : graph.hasEdge(current.id)) ? current : null;
    dispatch(kept ? { type: "restore", state: { ...EMPTY_CANVAS, selection: kept } } : { type: "reset" });
    setFilters(NO_FILTERS);
    setMore(new Map());
    setAddedIds(new Set());
    setLayout(category === "ownership" && isControlResult(next.graph.edges) ? "hierarchy" : "force");
    setLayoutKey((k) => k + 1);
    setShowGraph(false);
  }, []);

  const runInvestigation = useCallback(async (investigation: InvestigationSummary, formValues: FormValues, pushUrl: boolean, refresh = false) => {
    const { params, errors } = toRequestParams(investigation.params, formValues);
    setFieldErrors(errors);
    setFormError(undefined);
    setSuggestions(undefined);
    if (Object.keys(errors).length > 0) return;
    const run = ++latestRun.current;
    setRunning(true);
    try {
      const result = await api.run(investigation.id, params, reviewsRef.current);
      if (run !== latestRun.current) return;
      // Pushed once the run succeeds: a failed run is not a view to go Back to.
      if (pushUrl) history.pushState(null, "", `${location.pathname}${encodeView({ kind: "investigation", id: investigation.id, params: formValues })}`);
      showResult({ ...result, source: { kind: "investigation", id: investigation.id, title: investigation.title, params: result.params, form: formValues } }, investigation.category, refresh);
    } catch (error) {
      if (run !== latestRun.current) return;
      if (error instanceof ApiError && Object.keys(error.fields).length > 0) setFieldErrors(error.fields);
      const field = error instanceof ApiError ? Object.keys(error.fields)[0] : undefined;
      if (error instanceof ApiError && field && error.suggestions.length > 0) setSuggestions({ field, items: error.suggestions });
      // A refusal whose every part sits beside its own field is said there once; the whole message again
      // under the form read as a second error, with the entities' internal ids in it.
      const saidByFields = error instanceof ApiError && field !== undefined && Object.keys(error.fields).every((name) => investigation.params.some((p) => p.name === name));
      if (!saidByFields) setFormError(message(error));
    } finally {
      if (run === latestRun.current) setRunning(false);
    }
  }, [showResult]);

  const runCypher = useCallback(async (text: string, pushUrl: boolean, refresh = false) => {
    setCypherError(undefined);
    const run = ++latestRun.current;
    setRunning(true);
    try {
      const result = await api.cypher(text);
      if (run !== latestRun.current) return;
      if (pushUrl) history.pushState(null, "", `${location.pathname}${encodeView({ kind: "cypher", query: text })}`);
      showResult({ ...result, source: { kind: "cypher", query: text } }, undefined, refresh);
    } catch (error) {
      if (run === latestRun.current) setCypherError(message(error));
    } finally {
      if (run === latestRun.current) setRunning(false);
    }
  }, [showResult]);

  // A scene from a file or a link: the same question run again, the same expansions, positions and looks.
  const openScene = useCallback(async (scene: Scene, push: boolean) => {
    const run = ++latestRun.current;
    setRunning(true);
    setFormError(undefined);
    try {
      const opened = await openSceneGraph(scene, investigations);
      if (run !== latestRun.current) return;
      if (push) history.pushState(null, "", `${location.pathname}${encodeView(scene.source.kind === "cypher" ? scene.source : { kind: "investigation", id: scene.source.id, params: scene.source.params })}${(await sceneHash(scene)).hash}`);
      if (scene.source.kind === "cypher") { setPanel("cypher"); setQuery(scene.source.query); } else { setPanel("library"); setActiveId(scene.source.id); setValues(opened.view.source.kind === "investigation" ? opened.view.source.form ?? {} : {}); }
      setView(opened.view);
      setRenderGraph(opened.graph);
      const drawn = (ids: readonly string[]) => new Set(ids.filter((id) => opened.graph.hasNode(id)));
      const selection = scene.selection && (scene.selection.kind === "node" ? opened.graph.hasNode(scene.selection.id) : opened.graph.hasEdge(scene.selection.id)) ? scene.selection : null;
      dispatch({ type: "restore", state: { selection, hidden: drawn(scene.hidden), pinned: drawn(scene.pinned), marked: new Set() } });
      setFilters(filtersOfScene(scene));
      setStyle(scene.style);
      setMore(opened.more);
      setAddedIds(opened.added);
      setLayout(scene.layout);
      setCamera(null);
      // Every node placed: draw them where they were, under the saved camera. Otherwise lay out afresh.
      setPreset(opened.unplaced.length === 0 ? { graph: opened.graph, ...(scene.camera ? { camera: scene.camera } : {}) } : null);
      setLayoutKey((k) => k + 1);
      if (opened.unplaced.length > 0 && Object.keys(scene.positions).length > 0) setNotice(`${opened.unplaced.length} node${opened.unplaced.length === 1 ? " is" : "s are"} new since the scene was saved; the layout ran again.`);
    } catch (error) {
      if (run === latestRun.current) setNotice(`Could not open the scene: ${message(error)}`);
    } finally {
      if (run === latestRun.current) setRunning(false);
    }
  }, [investigations]);

  // A shared link: fill the form from the URL and run it once the catalogue is known. A Cypher link needs
  // no catalogue, so it runs at once rather than after another round trip.
  useEffect(() => {
    const packed = sceneInHash(location.hash);
    if (autoRan.current || (catalogue.state !== "ready" && (initial.kind !== "cypher" || packed))) return;
    autoRan.current = true;
    if (packed) {
      decompressScene(packed).then((scene) => openScene(scene, false)).catch((e: unknown) => setNotice(message(e)));
      return;
    }
    if (initial.kind === "investigation" && catalogue.state === "ready") {
      const investigation = catalogue.value.find((i) => i.id === initial.id);
      if (!investigation) { setFormError(`The link names investigation "${initial.id}", which this server does not have. Pick one from the list.`); return; }
      const fromUrl = initialValues(investigation.params, initial.params);
      setValues(fromUrl);
      void runInvestigation(investigation, fromUrl, false);
    } else if (initial.kind === "cypher") {
      void runCypher(initial.query, false);
    }
  }, [catalogue, initial, runInvestigation, runCypher, openScene]);

  // Back and Forward: the URL already names the view, so show it again without pushing a new entry.
  useEffect(() => {
    const onPopState = () => {
      const target = decodeView(location.search);
      setFormError(undefined);
      setFieldErrors({});
      const packed = sceneInHash(location.hash);
      if (packed) {
        decompressScene(packed).then((scene) => openScene(scene, false)).catch((e: unknown) => setNotice(message(e)));
        return;
      }
      if (target.kind === "cypher") {
        setPanel("cypher");
        setQuery(target.query);
        void runCypher(target.query, false);
        return;
      }
      setPanel("library");
      if (target.kind === "home") {
        setView(null);
        setRenderGraph(null);
        dispatch({ type: "reset" });
        return;
      }
      const investigation = investigations.find((i) => i.id === target.id);
      if (!investigation) { setFormError(`The link names investigation "${target.id}", which this server does not have. Pick one from the list.`); return; }
      const fromUrl = initialValues(investigation.params, target.params);
      setActiveId(investigation.id);
      setValues(fromUrl);
      void runInvestigation(investigation, fromUrl, false);
    };
    window.addEventListener("popstate", onPopState);
    return () => window.removeEventListener("popstate", onPopState);
  }, [investigations, runInvestigation, runCypher, openScene]);

  const pick = (id: string) => {
    const investigation = investigations.find((i) => i.id === id);
    if (!investigation) return;
    setActiveId(id);
    setValues(initialValues(investigation.params));
    setFieldErrors({});
    setFormError(undefined);
  };

  const openEntity = (hit: SearchHit) => {
    const neighbourhood = investigations.find((i) => i.id === "neighbourhood");
    if (!neighbourhood) return;
    const next = { ...initialValues(neighbourhood.params), entity: hit.name };
    setPanel("library");
    setActiveId(neighbourhood.id);
    setValues(next);
    void runInvestigation(neighbourhood, next, true);
  };

  const select = useCallback((selection: Selection) => dispatch({ type: "select", selection }), []);

  // After a review decision or a change of the review filter, the open result is asked again.
  const rerun = useCallback(() => {
    if (view?.source.kind === "investigation" && active) void runInvestigation(active, values, false, true);
    else if (view?.source.kind === "cypher") void runCypher(view.source.query, false, true);
  }, [view, active, values, runInvestigation, runCypher]);
  const changeReviews = (next: ReviewFilter) => {
    reviewsRef.current = next;
    setReviews(next);
    rerun();
  };

  const relayout = useCallback(() => setLayoutKey((k) => k + 1), []);
  const editing = useGraphEditing({ renderGraph, view, canvas, dispatch, setView, setAddedIds, setMore, setNotice, setLayout, relayout, reviews });
  const { expand } = editing;
  const expandNode = useCallback((n: string) => void expand(n), [expand]);
  useUndoKeys(editing.undo, editing.redo);
  const [menu, setMenu] = useState<MenuRequest | null>(null);
  const closeMenu = useCallback(() => setMenu(null), []);
  const toggleMarked = useCallback((id: string) => dispatch({ type: "toggle-marked", id }), []);
  const setMarked = useCallback((ids: string[], additive: boolean) => dispatch({ type: "set-marked", ids: additive ? [...canvasRef.current.marked, ...ids] : ids }), []);

  const sourceKinds = useSourceKinds(view?.graph.edges, style.edgeColor === "source");
  useEffect(() => { if (renderGraph && view) applyStyle(renderGraph, view.graph, style, sourceKinds); }, [renderGraph, view, style, sourceKinds]);
  const legend = useMemo(() => legendModel(view?.graph ?? { nodes: [], edges: [] }, style, sourceKinds), [view, style, sourceKinds]);

  const outcome = useMemo(() => applyFilters(view?.graph ?? { nodes: [], edges: [] }, filters), [view, filters]);
  const domain = useMemo(() => filterDomain(view?.graph ?? { nodes: [], edges: [] }), [view]);
  const onLayoutRunning = useCallback((r: boolean) => setLayoutRunning(r), []);
  const onSigma = useCallback((h: SigmaHandle | null) => { sigmaRef.current = h; }, []);
  const fit = useCallback(() => setCamera({ kind: "fit", at: Date.now() }), []);
  const focusNode = useCallback((id: string) => { setCamera({ kind: "focus", node: id, at: Date.now() }); dispatch({ type: "select", selection: { kind: "node", id } }); }, []);

  useEffect(() => {
    if (canvas.selection && window.innerWidth < NARROW_SCREEN) setCollapsed((c) => (c.right ? { ...c, right: false } : c));
  }, [canvas.selection]);

  const shortcuts = useMemo(() => ({
    f: fit,
    Escape: () => dispatch({ type: "select", selection: null }),
  }), [fit]);
  useKeyboard(shortcuts);

  const currentScene = (): Scene | undefined => {
    if (!view || !renderGraph) return undefined;
    const sigmaCamera = sigmaRef.current?.sigma.getCamera().getState();
    return captureScene({ view, graph: renderGraph, canvas, expanded: more.keys(), filters, style, layout, ...(sigmaCamera ? { camera: sigmaCamera } : {}) });
  };

  const saveScene = () => {
    const scene = currentScene();
    if (scene && view) saveText(sceneFileName(fileStem(resultFileStem(view))), serializeScene(scene), "application/json");
  };

  const openSceneFile = (file: File) => {
    file.text().then((text) => openScene(parseScene(text, file.name), true)).catch((e: unknown) => setNotice(`Could not open the scene: ${message(e)}`));
  };

  const copyLink = async () => {
    const scene = currentScene();
    if (!scene) return;
    const { hash, positions } = await sceneHash(scene);
    const url = `${location.pathname}${encodeView(scene.source.kind === "cypher" ? scene.source : { kind: "investigation", id: scene.source.id, params: scene.source.params })}${hash}`;
    history.replaceState(null, "", url);
    const copied = await navigator.clipboard?.writeText(location.href).then(() => true, () => false);
    setNotice(`${copied ? "Link copied" : "Link in the address bar"}${positions ? "." : " (without positions: the view is too large for a link; the layout will run again. Save a scene file to keep them)."}`);
  };

  const title = view ? (view.source.kind === "investigation" ? view.source.title : "Cypher query") : "";
  const exportAs = async (format: ExportFormat) => {
    if (!view) return;
    const stem = fileStem(resultFileStem(view));
    const caption = { title, subtitle: view.summary ?? "", legend, source: sourceLine(view) };
    try {
      if (format === "png" && sigmaRef.current) saveBlob(`${stem}.png`, await pngBlob(sigmaRef.current.sigma, caption));
      if (format === "svg" && sigmaRef.current) saveText(`${stem}.svg`, exportSvg(sigmaRef.current.sigma, caption), "image/svg+xml");
      if (format === "gexf" && renderGraph) saveText(`${stem}.gexf`, toGexf(view.graph, renderGraph), "application/xml");
      if (format === "graphml") saveText(`${stem}.graphml`, toGraphML(view.graph), "application/xml");
      if (format === "json") saveText(`${stem}.json`, toResultJson({ ...view, ...(view.source.kind === "investigation" ? { investigation: view.source.id, params: view.source.params } : {}) }, view.source.kind === "cypher" ? view.source.query : undefined), "application/json");
    } catch (error) {
      setNotice(`Export ${format.toUpperCase()} failed: ${message(error)}`);
    }
  };

  const focusRow = (row: Record<string, unknown>) => {
    const id = rowNode(row, view?.rows ?? [], new Set(view?.graph.nodes.map((n) => n.id)));
    if (id) focusNode(id);
  };

  const expanded = useMemo(() => (view?.graph.nodes ?? []).filter((n) => addedIds.has(n.id)), [view, addedIds]);

  const chartKind = chartFor(view?.source.kind === "investigation" ? view.source.id : undefined);
  const pickEntity = useCallback((id: string) => dispatch({ type: "select", selection: { kind: "node", id } }), []);
  const summary = view ? view.summary ?? `${view.rows.length} rows · ${view.graph.nodes.length} nodes · ${view.graph.edges.length} relationships` : undefined;

  return (
    <div className={`app${collapsed.left ? " left-collapsed" : ""}${collapsed.right ? " right-collapsed" : ""}`}>
      <SkipLinks />
      <header className="app-header">
        <h1 className="brand">Ytterby <span className="muted">critical-mineral supply chains</span></h1>
        <SearchBox nodes={view?.graph.nodes ?? []} onFocusNode={focusNode} onOpenEntity={openEntity} />
        <p className="store muted" title={health ? storeLine(health) : undefined}>
          {health ? storeLineParts(health).map((part, i) => <span key={part}>{i > 0 ? " · " : ""}<span className="store-part">{part}</span></span>) : ""}
        </p>
        <AddDocuments onLoaded={() => void api.health().then(setHealth).catch(() => undefined)} onRerun={active ? () => void runInvestigation(active, values, false) : undefined} />
        <PanelToggles collapsed={collapsed} onChange={(next) => { setCollapsed(next); requestAnimationFrame(() => requestAnimationFrame(fit)); }} />
        <p className="shortcuts muted" aria-label="Keyboard shortcuts"><kbd>/</kbd> search <kbd>F</kbd> fit <kbd>Esc</kbd> clear</p>
      </header>

      <aside className="sidebar" id="sidebar" aria-label="Investigations and queries">
        <div className="tabs" role="tablist" aria-label="Mode">
          <button type="button" role="tab" aria-selected={panel === "library"} onClick={() => setPanel("library")}>Investigations</button>
          <button type="button" role="tab" aria-selected={panel === "cypher"} data-testid="tab-cypher" onClick={() => setPanel("cypher")}>Cypher</button>
        </div>
        {panel === "library" ? (
          <div className="sidebar-scroll">
            {catalogue.state === "loading" && <p role="status" className="muted">Loading investigations…</p>}
            {catalogue.state === "error" && <p role="alert" className="form-error">{catalogue.message}</p>}
            {active && (
              <ParamForm
                investigation={active}
                dialect={health?.store.dialect}
                values={values}
                errors={fieldErrors}
                formError={formError}
                running={running}
                onChange={(name, value) => { setValues((v) => ({ ...v, [name]: value })); setFieldErrors((e) => { const { [name]: _, ...rest } = e; return rest; }); }}
                onRun={() => void runInvestigation(active, values, true)}
              />
            )}
            {/* Right under the form: the field's message points to "those below". */}
            {active && suggestions && (
              <DidYouMean suggestions={suggestions} onPick={(field, name) => { const next = { ...values, [field]: name }; setValues(next); void runInvestigation(active, next, true); }} />
            )}
            {active && <ReviewFilterControl value={reviews} onChange={changeReviews} />}
            {!active && formError && <p role="alert" className="form-error">{formError}</p>}
            <InvestigationLibrary investigations={investigations} activeId={activeId} onPick={pick} />
          </div>
        ) : (
          <div className="sidebar-scroll">
            <Suspense fallback={<p role="status" className="muted">Loading the Cypher editor…</p>}>
              <CypherPanel query={query} health={health} running={running} error={cypherError} onChange={setQuery} onRun={() => void runCypher(query, true)} />
            </Suspense>
          </div>
        )}
      </aside>

      <main className="centre">
        <section className="summary-bar" aria-live="polite">
          {summary ? <p className="summary" data-testid="result-summary" title={summary}>{summary}{view?.truncated ? " (truncated: refine the query to see everything)" : ""}</p> : <p className="muted">No result yet.</p>}
          {notice && <p className="notice" role="status">{notice} <button type="button" className="link" onClick={() => setNotice(undefined)} aria-label="Dismiss">×</button></p>}
        </section>
        {view && (showGraph || !chartKind) && <FilterBar domain={domain} filters={filters} onChange={setFilters} />}
        <div className="canvas-area">
          {view && chartKind && <ViewSwitch kind={chartKind} showGraph={showGraph} onChange={setShowGraph} />}
          {view && chartKind && !showGraph ? <ResultChart kind={chartKind} rows={view.rows} onPick={pickEntity} /> : view && renderGraph ? (
            <>
              <CanvasToolbar
                layout={layout}
                layoutRunning={layoutRunning}
                hiddenCount={canvas.hidden.size}
                onLayout={(mode) => { setLayout(mode); setLayoutKey((k) => k + 1); }}
                onFit={fit}
                onShowAll={() => dispatch({ type: "show-all" })}
                onExport={(f) => void exportAs(f)}
                trailing={<SceneMenu canSave onSave={saveScene} onOpenFile={openSceneFile} onLink={() => void copyLink()} />}
              >
                <StyleControls style={style} onChange={setStyle} />
              </CanvasToolbar>
              {view.graph.nodes.length === 0 && <p className="canvas-empty">This result has no graph to draw. The rows are below.</p>}
              <GraphCanvas graph={renderGraph} label={`Graph of ${view.graph.nodes.length} nodes and ${view.graph.edges.length} relationships`}>
                <LayoutController mode={layout} runKey={layoutKey} onRunning={onLayoutRunning} preset={preset} />
                <VisibilityController outcome={outcome} hidden={canvas.hidden} pinned={canvas.pinned} marked={canvas.marked} />
                <HighlightController selection={canvas.selection} />
                <EventsController onSelect={select} onExpand={(n) => void expand(n)} />
                <CameraController request={camera} />
                <SigmaRefController onReady={onSigma} />
                <TestHookController />
                <ResizeController />
                <DragController onMoved={editing.moved} />
                <DragClickGuardController />
                <SelectGesturesController onToggleMarked={toggleMarked} onMarked={setMarked} />
                <ContextMenuController onMenu={setMenu} />
                <KeyboardNodesController selected={canvas.selection?.kind === "node" ? canvas.selection.id : undefined} onFocusNode={focusNode} onExpand={expandNode} />
              </GraphCanvas>
              <EditBar undoLabel={editing.undoLabel} redoLabel={editing.redoLabel} marked={canvas.marked.size} onUndo={editing.undo} onRedo={editing.redo} onClearMarked={() => dispatch({ type: "set-marked", ids: [] })} />
              {menu && (
                <ContextMenu
                  request={menu}
                  names={new Map(view.graph.nodes.map((n) => [n.id, n.name]))}
                  marked={canvas.marked}
                  hidden={canvas.hidden.size}
                  pinned={canvas.pinned}
                  undoLabel={editing.undoLabel}
                  redoLabel={editing.redoLabel}
                  actions={{
                    expand: (n, types) => void expand(n, types),
                    findPaths: (a, b) => void editing.findPaths(a, b),
                    hide: editing.hide,
                    togglePinned: (id) => dispatch({ type: "toggle-pinned", id }),
                    inspect: (t) => dispatch({ type: "select", selection: t }),
                    fit,
                    showAll: () => dispatch({ type: "show-all" }),
                    clearMarked: () => dispatch({ type: "set-marked", ids: [] }),
                    undo: editing.undo,
                    redo: editing.redo,
                  }}
                  onClose={closeMenu}
                />
              )}
              <Legend model={legend} />
            </>
          ) : (
            <div className="canvas-empty" data-testid="graph-canvas">
              {running ? <p role="status">Running…</p> : (
                <>
                  <h2>Ask a question of the supply chain</h2>
                  <p>Pick an investigation on the left, fill in its parameters and run it. Every edge drawn here carries the evidence behind it.</p>
                  <SceneMenu canSave={false} onSave={saveScene} onOpenFile={openSceneFile} onLink={() => void copyLink()} />
                </>
              )}
            </div>
          )}
          {running && view && <div className="loading-overlay" role="status">Running…</div>}
        </div>
        {view && <ResultTable columns={view.columns} rows={chartKind === "bars" ? view.rows.filter(isCountryRow) : view.rows} fileName={fileStem(resultFileStem(view))} expanded={expanded} onRowFocus={focusRow} onNodeFocus={focusNode} />}
      </main>

      <Inspector
        selection={canvas.selection}
        graph={view?.graph ?? { nodes: [], edges: [] }}
        more={more}
        hidden={canvas.hidden}
        pinned={canvas.pinned}
        actions={{
          onSelect: select,
          onExpand: (n) => void expand(n),
          onToggleHidden: (id) => (canvas.hidden.has(id) ? dispatch({ type: "toggle-hidden", id }) : editing.hide([id])),
          onTogglePinned: (id) => dispatch({ type: "toggle-pinned", id }),
          onFocus: focusNode,
          onOpenDocument: setDocumentTarget,
          onReviewed: rerun,
        }}
      />
      {documentTarget && <DocumentViewer target={documentTarget} onClose={() => setDocumentTarget(null)} onReviewed={rerun} />}
    </div>
  );
}
