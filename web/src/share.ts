// Shareable links: the program (and its limits) in the URL's hash, so nothing is sent to
// the server to share it. `#code=<base64url of the UTF-8 source>&heap=<KiB>&timeout=<ms>`.

export interface Shared {
  code: string;
  heapKiB?: number;
  timeoutMs?: number;
}

export function encodeSource(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

export function decodeSource(encoded: string): string | null {
  try {
    const b64 = encoded.replace(/-/g, "+").replace(/_/g, "/");
    const bin = atob(b64 + "=".repeat((4 - (b64.length % 4)) % 4));
    return new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
}

export function shareHash(s: Shared): string {
  const params = new URLSearchParams({ code: encodeSource(s.code) });
  if (s.heapKiB !== undefined) params.set("heap", String(s.heapKiB));
  if (s.timeoutMs !== undefined) params.set("timeout", String(s.timeoutMs));
  return "#" + params.toString();
}

export function readHash(hash: string): Shared | null {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const encoded = params.get("code");
  if (encoded === null) return null;
  const code = decodeSource(encoded);
  if (code === null) return null;
  const num = (k: string): number | undefined => {
    const v = Number(params.get(k));
    return Number.isInteger(v) && v > 0 ? v : undefined;
  };
  return { code, heapKiB: num("heap"), timeoutMs: num("timeout") };
}
