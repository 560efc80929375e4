// Presentation mode, for a case-review meeting on a projector: the map alone on the whole screen
// (the Fullscreen API on the map's stage, so the side panels are not shown), larger labels, and
// Escape to leave. Where full screen is refused (a browser setting, a test), the stage still
// covers the window through the `presenting` class.
import { useSyncExternalStore } from 'react';

/** Labels are this much larger while presenting. */
export const PRESENTATION_LABEL_SCALE = 1.2;
export const PRESENTING_CLASS = 'presenting';

type Listener = () => void;

class Presentation {
  private stage: HTMLElement | null = null;
  private readonly listeners = new Set<Listener>();

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  isActive = (): boolean => this.stage !== null;

  private notify(): void {
    for (const listener of this.listeners) listener();
  }

  enter(stage: HTMLElement): void {
    if (this.stage) return;
    this.stage = stage;
    stage.classList.add(PRESENTING_CLASS);
    document.documentElement.classList.add(PRESENTING_CLASS);
    document.addEventListener('keydown', this.onKey, true);
    document.addEventListener('fullscreenchange', this.onFullscreenChange);
    this.notify();
    // Not every browser offers full screen (or allows it now): the class alone still works.
    const request = stage.requestFullscreen?.bind(stage);
    if (request) request().catch(() => undefined);
  }

  leave(): void {
    const stage = this.stage;
    if (!stage) return;
    this.stage = null;
    stage.classList.remove(PRESENTING_CLASS);
    document.documentElement.classList.remove(PRESENTING_CLASS);
    document.removeEventListener('keydown', this.onKey, true);
    document.removeEventListener('fullscreenchange', this.onFullscreenChange);
    if (document.fullscreenElement) document.exitFullscreen?.().catch(() => undefined);
    this.notify();
  }

  toggle(stage: HTMLElement): void {
    if (this.stage) this.leave();
    else this.enter(stage);
  }

  private readonly onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    // Escape leaves the presentation before it closes anything else.
    event.preventDefault();
    event.stopPropagation();
    this.leave();
  };

  /** Leaving full screen by the browser's own means (Escape, F11) ends the presentation. */
  private readonly onFullscreenChange = () => {
    if (!document.fullscreenElement) this.leave();
  };
}

export const presentation = new Presentation();

export function usePresenting(): boolean {
  return useSyncExternalStore(presentation.subscribe, presentation.isActive);
}

/** The element shown full screen: the map screen's stage (canvas and legend), else `from`. */
export function stageOf(from: HTMLElement): HTMLElement {
  return from.closest<HTMLElement>('[data-presentation-stage], .map-stage') ?? from;
}
