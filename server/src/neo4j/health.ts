// What the app knows of the database's health. While the database is known to be down,
// requests fail at once (503, « base de données indisponible, nouvel essai en cours »)
// instead of each waiting for the driver's time-outs; a background probe (or the
// embedded supervisor) brings it back up. Reasons are words, never internal addresses.
import type { DatabaseHealth } from './executor.js';

export class HealthMonitor implements DatabaseHealth {
  private down: string | null = null;
  private probing: NodeJS.Timeout | undefined;
  private closed = false;

  /** `probe` checks connectivity (resolves when the database answers). */
  constructor(
    private readonly probe: () => Promise<void>,
    private readonly probeEveryMs = 1000,
  ) {}

  available(): boolean {
    return this.down === null;
  }

  /** Why the database is unavailable, in words for the operator and the client (null when up). */
  reason(): string | null {
    return this.down;
  }

  /** Set by the embedded supervisor: down with a reason, without probing (it knows better). */
  markDown(reason: string): void {
    this.down = reason;
    this.stopProbing();
  }

  markUp(): void {
    this.down = null;
    this.stopProbing();
  }

  /** A query found the database unreachable: fail fast until a probe succeeds. */
  reportUnavailable(): void {
    if (this.closed || this.down !== null) return;
    this.down = 'la base de données ne répond pas ; nouvel essai en cours';
    this.startProbing();
  }

  private startProbing(): void {
    if (this.probing || this.closed) return;
    const tick = async () => {
      try {
        await this.probe();
        this.markUp();
      } catch {
        if (!this.closed && this.down !== null) this.probing = setTimeout(() => void tick(), this.probeEveryMs).unref();
      }
    };
    this.probing = setTimeout(() => void tick(), this.probeEveryMs).unref();
  }

  private stopProbing(): void {
    clearTimeout(this.probing);
    this.probing = undefined;
  }

  close(): void {
    this.closed = true;
    this.stopProbing();
  }
}
