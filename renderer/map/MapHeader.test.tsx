// @vitest-environment jsdom
// The map header's buttons at every width: what they show is contained in their accessible name
// (label in name), which stays the full text the tests and the voice users say; the snapshot's
// confirmation is announced and floats below the row.
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { memoryReviews } from '../reviews/memoryReviews';
import { ReviewsBar } from '../reviews/ReviewsBar';
import { fakeApi } from '../testing/fakeApi';
import { renderWithApp } from '../testing/renderWithApp';
import { BackButton } from './MapHeader';

afterEach(cleanup);

/** The texts a button shows, long and short (CSS shows one of them). */
const shown = (button: HTMLElement) =>
  [...button.querySelectorAll('.label-long, .label-short')].map((el) =>
    (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );

/** Whether the visible text's words appear in the name, in order (case aside). */
const inName = (text: string, name: string) => {
  const words = text.toLowerCase().split(' ');
  const target = name.toLowerCase();
  let from = 0;
  return words.every((word) => {
    const at = target.indexOf(word, from);
    from = at + word.length;
    return at >= 0;
  });
};

describe('the map header', () => {
  it('names the back button in full while it may show only "Retour"', async () => {
    const onBack = vi.fn();
    renderWithApp(<BackButton onBack={onBack} />, fakeApi({}).api);
    const back = screen.getByRole('button', { name: 'Retour aux personnes accompagnées' });
    expect(shown(back)).toEqual(['Retour aux personnes accompagnées', 'Retour']);
    for (const text of shown(back)) expect(inName(text, 'Retour aux personnes accompagnées'));
    await userEvent.setup().click(back);
    expect(onBack).toHaveBeenCalledOnce();
  });

  it('says "Back" in English, named "Back to the supported people"', () => {
    renderWithApp(<BackButton onBack={() => undefined} />, fakeApi({}).api, 'en');
    const back = screen.getByRole('button', { name: 'Back to the supported people' });
    expect(shown(back)).toEqual(['Back to the supported people', 'Back']);
  });

  it('keeps the snapshot and reviews buttons named in full, their short labels within', async () => {
    const store = memoryReviews({ due: true });
    const onOpen = vi.fn();
    renderWithApp(
      <ReviewsBar caseId={store.caseId} onOpen={onOpen} />,
      fakeApi(store.handlers).api,
    );
    const reviews = await screen.findByRole('button', {
      name: 'Bilans (3 instantanés) · bilan à faire',
    });
    expect(shown(reviews)).toEqual(['Bilans (3 instantanés)', 'Bilans 3']);
    expect(inName('Bilans', reviews.getAttribute('aria-label')!)).toBe(true);
    const take = screen.getByRole('button', { name: 'Prendre un instantané' });
    expect(shown(take)).toEqual(['Prendre un instantané', 'Instantané']);
    expect(inName('Instantané', 'Prendre un instantané')).toBe(true);

    const user = userEvent.setup();
    await user.click(take);
    await screen.findByRole('button', { name: 'Bilans (4 instantanés) · bilan à faire' });
    const status = screen.getByRole('status');
    expect(status.textContent).toMatch(/^Instantané pris : « Instantané du /);
    expect(status.className).toContain('reviews-bar-status');
    await user.click(reviews);
    expect(onOpen).toHaveBeenCalledOnce();
  });
});
