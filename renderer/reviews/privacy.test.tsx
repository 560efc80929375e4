// @vitest-environment jsdom
// One switch hides the names on every view below the scope: the views are loaded again from the
// pseudonymising API, and the choice lasts for the browser session.
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { useApi } from '../bridge/ApiContext';
import { fakeApi } from '../testing/fakeApi';
import { renderWithApp } from '../testing/renderWithApp';
import { memoryReviews } from './memoryReviews';
import { PrivacyProvider, PrivateScope, PseudonymToggle } from './privacy';

afterEach(() => {
  cleanup();
  window.sessionStorage.clear();
});

function Names({ caseId }: { caseId: string }) {
  const api = useApi();
  const [names, setNames] = useState<string[] | null>(null);
  useEffect(() => {
    void api['map.load']({ caseId }).then((data) => setNames(data.actors.map((a) => a.name)));
  }, [api, caseId]);
  return <p data-testid="names">{names?.join(', ') ?? '…'}</p>;
}

function setup() {
  const store = memoryReviews();
  const { api } = fakeApi(store.handlers);
  renderWithApp(
    <PrivacyProvider>
      <PseudonymToggle />
      <PrivateScope>
        <Names caseId={store.caseId} />
      </PrivateScope>
    </PrivacyProvider>,
    api,
  );
  return userEvent.setup();
}

const REAL = 'Lina, Samia Benali, Karim Benali, Collège Jean Moulin, Club de foot, Sophie Roux';
const HIDDEN = 'L., Mère, Père, Établissement scolaire, Club sportif, Éd. ASE';

describe('hiding the names', () => {
  it('reloads every view below the scope with labels, and back with names', async () => {
    const user = setup();
    expect((await screen.findByText(REAL)).dataset.testid).toBe('names');
    await user.click(screen.getByRole('button', { name: 'Pseudonymiser' }));
    await screen.findByText(HIDDEN);
    expect(screen.getByRole('button', { name: 'Noms masqués' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    await user.click(screen.getByRole('button', { name: 'Noms masqués' }));
    await screen.findByText(REAL);
  });

  it('stays on for the session', async () => {
    const user = setup();
    await user.click(await screen.findByRole('button', { name: 'Pseudonymiser' }));
    await screen.findByText(HIDDEN);
    cleanup();
    setup();
    await screen.findByText(HIDDEN);
    expect(screen.queryByText(REAL)).toBeNull();
  });
});
