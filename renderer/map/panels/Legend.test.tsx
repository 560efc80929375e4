// @vitest-environment jsdom
// The legend starts folded on windows narrower than 1500 px (a 1280×800 laptop: the map gets the
// width) and open on wider ones; one click opens it, and the choice holds for the session.
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '../../testing/fakeApi';
import { renderWithApp } from '../../testing/renderWithApp';
import { Legend, LEGEND_OPEN_KEY } from './Legend';

/** A window whose width does or does not reach 1500 px. */
const windowWidth = (wide: boolean) =>
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: query === '(min-width: 1500px)' && wide,
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }));

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  sessionStorage.clear();
});

const render = () => renderWithApp(<Legend />, fakeApi({}).api);

describe('the legend', () => {
  it('is open on a wide window, and can be hidden', async () => {
    windowWidth(true);
    render();
    const hide = screen.getByRole('button', { name: 'Masquer la légende' });
    expect(hide.getAttribute('aria-expanded')).toBe('true');
    expect(hide.textContent).toBe('Masquer');
    expect(screen.getByRole('heading', { name: 'Légende' })).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Les liens' })).toBeTruthy();
    await userEvent.setup().click(hide);
    expect(sessionStorage.getItem(LEGEND_OPEN_KEY)).toBe('false');
    expect(screen.queryByRole('list', { name: 'Les liens' })).toBeNull();
  });

  it('starts folded on a laptop, opens in one click, and stays open for the session', async () => {
    windowWidth(false);
    render();
    const show = screen.getByRole('button', { name: 'Afficher la légende' });
    expect(show.getAttribute('aria-expanded')).toBe('false');
    // What it shows is within its name.
    expect(show.textContent).toBe('Légende');
    const body = document.getElementById(show.getAttribute('aria-controls')!)!;
    expect(body.hidden).toBe(true);
    // The section keeps its name while folded.
    expect(screen.getByRole('region', { name: 'Légende' })).toBeTruthy();

    await userEvent.setup().click(show);
    expect(show.getAttribute('aria-expanded')).toBe('true');
    expect(body.hidden).toBe(false);
    expect(sessionStorage.getItem(LEGEND_OPEN_KEY)).toBe('true');

    cleanup();
    render();
    expect(
      screen.getByRole('button', { name: 'Masquer la légende' }).getAttribute('aria-expanded'),
    ).toBe('true');
  });
});
