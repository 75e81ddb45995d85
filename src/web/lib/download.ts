// Saves a file the browser built in memory (exports), without a round trip to the server.

/** Offers `blob` to the user as a download named `filename`. */
export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.rel = "noopener";
  link.style.display = "none";
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the object URL after click() returns; revoking at once can cancel the
  // download, so free it a little later.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** Offers `text` as a download; `mime` such as "text/csv" gets "; charset=utf-8" when it has none. */
export function downloadText(filename: string, text: string, mime: string): void {
  const type = mime.includes("charset=") ? mime : `${mime};charset=utf-8`;
  downloadBlob(filename, new Blob([text], { type }));
}
