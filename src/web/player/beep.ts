/**
 * Short tones for the 3-2-1 countdowns, made with WebAudio so no sound file is needed offline.
 * The AudioContext is created on the first user gesture (browsers refuse sound before one).
 */
let context: AudioContext | undefined;

export function unlockAudio(): void {
  try {
    const Ctor =
      window.AudioContext ??
      (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
    if (!Ctor) return;
    context ??= new Ctor();
    if (context.state === 'suspended') void context.resume();
  } catch {
    context = undefined;
  }
}

/** A high tone marks the start of a step, a lower one each second of a countdown. */
export function beep(kind: 'tick' | 'go' = 'tick'): void {
  if (!context) return;
  try {
    const osc = context.createOscillator();
    const gain = context.createGain();
    osc.type = 'sine';
    osc.frequency.value = kind === 'go' ? 880 : 660;
    const now = context.currentTime;
    const length = kind === 'go' ? 0.35 : 0.15;
    gain.gain.setValueAtTime(0.0001, now);
    gain.gain.exponentialRampToValueAtTime(0.3, now + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, now + length);
    osc.connect(gain).connect(context.destination);
    osc.start(now);
    osc.stop(now + length + 0.05);
  } catch {
    // sound is optional
  }
}
