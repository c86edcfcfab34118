// progress.ts — a learner's progress through one lesson, kept in localStorage so it
// survives reloads and offline use: which exercises are solved and the code last written
// in each exercise. One key per lesson ("stridelab.lesson.<id>"); a corrupt or foreign
// value is ignored (fresh progress), never an error. Storage failures (private mode, quota)
// degrade to in-memory progress.

export interface ProgressData {
  solved: Record<string, boolean>;
  code: Record<string, string>;
}

export class Progress {
  #key: string;
  #data: ProgressData;

  constructor(lessonId: string, private readonly storage: Storage | null = globalThis.localStorage ?? null) {
    this.#key = `stridelab.lesson.${lessonId}`;
    this.#data = { solved: {}, code: {} };
    try {
      const raw = this.storage?.getItem(this.#key);
      const parsed = raw ? (JSON.parse(raw) as Partial<ProgressData>) : null;
      if (parsed && typeof parsed === 'object') {
        this.#data.solved = { ...(parsed.solved ?? {}) };
        this.#data.code = { ...(parsed.code ?? {}) };
      }
    } catch {
      // unreadable: start fresh
    }
  }

  isSolved(id: string): boolean {
    return this.#data.solved[id] === true;
  }
  code(id: string): string | undefined {
    return this.#data.code[id];
  }
  markSolved(id: string): void {
    this.#data.solved[id] = true;
    this.#save();
  }
  saveCode(id: string, code: string): void {
    this.#data.code[id] = code;
    this.#save();
  }
  solvedCount(): number {
    return Object.values(this.#data.solved).filter(Boolean).length;
  }
  reset(): void {
    this.#data = { solved: {}, code: {} };
    this.#save();
  }

  #save(): void {
    try {
      this.storage?.setItem(this.#key, JSON.stringify(this.#data));
    } catch {
      // storage full or unavailable: progress stays in memory for this visit
    }
  }
}
