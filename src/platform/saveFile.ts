/** Hands a file to the browser's download, made on the device (a Blob URL): nothing is uploaded. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.download = fileName;
  link.href = url;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the file after click() returns: let go of it a moment later.
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}
