/**
 * Articles are a few hundred kilobytes at most; a file far larger is a dump or a mistake, and extracting
 * it would hold a CLI run for minutes. 10 MB leaves room for long reports.
 */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

export type DecodedText = { ok: true; text: string } | { ok: false; message: string };

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Share of bytes that never occur in text (NUL and C0 controls other than tab, newline, form feed, CR). */
function controlByteShare(bytes: Uint8Array): number {
  const sample = bytes.subarray(0, 64 * 1024);
  let control = 0;
  for (const byte of sample) if (byte === 0 || (byte < 32 && byte !== 9 && byte !== 10 && byte !== 12 && byte !== 13)) control++;
  return sample.length === 0 ? 0 : control / sample.length;
}

/** Turns a file's bytes into text, or says in one sentence why it is not an article we can read. */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    const mb = (bytes.length / 1024 / 1024).toFixed(1);
    return { ok: false, message: `is ${mb} MB; documents over ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB are not read as articles. Split it into articles first.` };
  }
  if (controlByteShare(bytes) > 0.01) return { ok: false, message: "looks binary (it contains NUL or control bytes), not text. Convert it to .txt, .md or .html first." };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, message: "is not valid UTF-8. Re-save it as UTF-8." };
  }
  // A BOM is an encoding mark, not text; dropping it keeps offsets equal to what editors show.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim().length === 0) return { ok: false, message: "is empty; there is nothing to extract." };
  return { ok: true, text };
}
