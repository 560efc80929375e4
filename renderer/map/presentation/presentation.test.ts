// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { presentation, PRESENTING_CLASS, stageOf } from './presentation';

afterEach(() => {
  presentation.leave();
  document.body.innerHTML = '';
});

function stage(): { stage: HTMLElement; inner: HTMLElement } {
  document.body.innerHTML =
    '<main><section class="map-stage"><div class="inner"></div></section><aside>panel</aside></main>';
  return {
    stage: document.querySelector<HTMLElement>('.map-stage')!,
    inner: document.querySelector<HTMLElement>('.inner')!,
  };
}

describe('presentation mode', () => {
  it('shows the map stage alone, full screen when the browser allows it', () => {
    const { stage: section, inner } = stage();
    const request = vi.fn(() => Promise.resolve());
    section.requestFullscreen = request;
    expect(stageOf(inner)).toBe(section);
    presentation.enter(stageOf(inner));
    expect(presentation.isActive()).toBe(true);
    expect(section.classList.contains(PRESENTING_CLASS)).toBe(true);
    expect(document.documentElement.classList.contains(PRESENTING_CLASS)).toBe(true);
    expect(request).toHaveBeenCalledOnce();
  });

  it('still presents when full screen is refused, and Escape leaves', () => {
    const { stage: section } = stage();
    section.requestFullscreen = () => Promise.reject(new Error('not allowed'));
    const listener = vi.fn();
    const unsubscribe = presentation.subscribe(listener);
    presentation.enter(section);
    const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    document.body.dispatchEvent(escape);
    expect(escape.defaultPrevented).toBe(true);
    expect(presentation.isActive()).toBe(false);
    expect(section.classList.contains(PRESENTING_CLASS)).toBe(false);
    expect(document.documentElement.classList.contains(PRESENTING_CLASS)).toBe(false);
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
  });

  it('ends when the browser leaves full screen by its own means', () => {
    const { stage: section } = stage();
    presentation.enter(section);
    document.dispatchEvent(new Event('fullscreenchange'));
    expect(presentation.isActive()).toBe(false);
  });

  it('lets other keys through', () => {
    const { stage: section } = stage();
    presentation.enter(section);
    const key = new KeyboardEvent('keydown', { key: 'a', bubbles: true, cancelable: true });
    document.body.dispatchEvent(key);
    expect(key.defaultPrevented).toBe(false);
    expect(presentation.isActive()).toBe(true);
  });
});
