// Presentation of attached documents: type labels and sizes.
import type { MediaType } from '../ipc';

const TYPE_LABELS: Record<MediaType, string> = {
  'application/pdf': 'PDF',
  'image/png': 'PNG image',
  'image/jpeg': 'JPEG image',
  'text/plain': 'Text',
};

export function mediaTypeLabel(type: MediaType): string {
  return TYPE_LABELS[type];
}

/** A size in bytes as people read it: "850 bytes", "12.4 KiB", "3.0 MiB". */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

/** The file types the store accepts, for the file picker's `accept`. */
export const ACCEPTED_TYPES = '.pdf,.png,.jpg,.jpeg,.txt,application/pdf,image/png,image/jpeg,text/plain';
