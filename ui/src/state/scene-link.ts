// A scene in a link: `?investigation=…&asset=…#scene=<deflate-raw, base64url>`. The query string stays the
// readable question (the link still runs it if the hash is lost); the hash carries the rest of the view.
// Compressed in the hash rather than stored on the server: a link then works against any Ytterby holding
// the same data, needs no storage or ids, and a hash never reaches server logs. Positions are most of a
// scene; past LINK_MAX_CHARS they are dropped and the layout runs again (the file keeps them exactly).
import { parseScene, type Scene } from "./scene.js";

export const SCENE_HASH_KEY = "scene";
// Chat clients and mail break or cut links long before browsers do (Chrome takes 2 MB).
export const LINK_MAX_CHARS = 4000;

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replaceAll("-", "+").replaceAll("_", "/"));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

export async function compressScene(scene: Scene): Promise<string> {
  return toBase64Url(await pipe(new TextEncoder().encode(JSON.stringify(scene)), new CompressionStream("deflate-raw")));
}

export async function decompressScene(packed: string): Promise<Scene> {
  let text: string;
  try {
    text = new TextDecoder().decode(await pipe(fromBase64Url(packed), new DecompressionStream("deflate-raw")));
  } catch {
    throw new Error("link: the scene in this link is damaged (cut short when copied?). Ask for the link again.");
  }
  return parseScene(text, "link");
}

/** The hash for a scene: the whole scene if short enough, else the scene without positions and camera. */
export async function sceneHash(scene: Scene): Promise<{ hash: string; positions: boolean }> {
  const whole = await compressScene(scene);
  if (whole.length <= LINK_MAX_CHARS) return { hash: `#${SCENE_HASH_KEY}=${whole}`, positions: true };
  const { camera: _camera, ...rest } = scene;
  return { hash: `#${SCENE_HASH_KEY}=${await compressScene({ ...rest, positions: {} })}`, positions: false };
}

export function sceneInHash(hash: string): string | undefined {
  const value = new URLSearchParams(hash.replace(/^#/, "")).get(SCENE_HASH_KEY);
  return value ?? undefined;
}
