import type { Language, Localized } from '../../domain/i18n.js';

/**
 * Spoken cues through the Web Speech API, in the page's language. Missing support (some
 * browsers, tests) silently means no speech: the screen shows every cue anyway.
 */
// The voices the cues were tuned with; another language takes the browser's voice for its tag.
const VOICES: Partial<Localized> = { en: 'en-GB', es: 'es-ES' };

export function speak(text: string, lang: Language): void {
  const synth = typeof window !== 'undefined' ? window.speechSynthesis : undefined;
  if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return;
  try {
    // A new cue replaces the old one: a queue would fall behind the timer.
    synth.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = VOICES[lang] ?? lang;
    const voice = synth.getVoices().find((v) => v.lang.toLowerCase().startsWith(lang));
    if (voice) utterance.voice = voice;
    utterance.rate = 1;
    synth.speak(utterance);
  } catch {
    // speech is optional
  }
}

export function stopSpeaking(): void {
  try {
    window.speechSynthesis?.cancel();
  } catch {
    // speech is optional
  }
}
