// The emulator's clock: real time by default, or a manual one tests move by hand (trailing window, link expiry).

export interface Clock { now(): number }

export class ManualClock implements Clock {
  constructor(private ms: number) {}
  now(): number { return this.ms; }
  set(ms: number): void { this.ms = ms; }
  advance(ms: number): void { this.ms += ms; }
}

export const systemClock: Clock = { now: () => Date.now() };
