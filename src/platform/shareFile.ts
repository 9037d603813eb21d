/**
 * Hands a file to the system share sheet (Bluetooth, Nearby Share, AirDrop, a messaging app the family
 * chooses), made on the device: Sango itself sends nothing. Only where the browser says it can share files.
 */
export function canShareFile(file: File): boolean {
  if (typeof navigator === 'undefined' || typeof navigator.canShare !== 'function') return false;
  try {
    return navigator.canShare({ files: [file] });
  } catch {
    return false;
  }
}

/** 'cancelled' when the person closed the share sheet: not a failure, nothing to say. */
export async function shareFile(file: File): Promise<'shared' | 'cancelled' | 'failed'> {
  try {
    await navigator.share({ files: [file] });
    return 'shared';
  } catch (error) {
    return error instanceof DOMException && error.name === 'AbortError' ? 'cancelled' : 'failed';
  }
}
