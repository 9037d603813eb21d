/** A content problem, always pointing at the file and line an author must fix. */
export interface ContentError {
  file: string;
  line: number;
  message: string;
}

export function formatError(e: ContentError): string {
  return `${e.file}:${e.line}: ${e.message}`;
}

/** Collects errors for one file so a single pass can report every problem, not just the first. */
export class ErrorSink {
  readonly errors: ContentError[] = [];
  constructor(readonly file: string) {}
  add(line: number | undefined, message: string): void {
    this.errors.push({ file: this.file, line: line ?? 1, message });
  }
  get ok(): boolean {
    return this.errors.length === 0;
  }
}
