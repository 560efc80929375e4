// Calls the API from the page itself, as the renderer does (same secret, same origin), so
// end-to-end tests can build fixtures quickly. Shared by the end-to-end tests and look scripts.
import type { Page } from 'playwright-core';

export type Wire = { ok: boolean; value?: unknown; error?: { code: string } };

/** Calls the store as the page itself does (same secret, same origin); returns the wire answer. */
export async function send(page: Page, op: string, input: unknown): Promise<Wire> {
  return page.evaluate(
    async ({ op, input }) => {
      const { sessionStorage } = globalThis as unknown as {
        sessionStorage: { getItem(key: string): string | null };
      };
      const secret = sessionStorage.getItem('maillage.secret') ?? '';
      const response = await fetch(`/api/${op}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${secret}` },
        body: JSON.stringify(input),
      });
      return (await response.json()) as Wire;
    },
    { op, input },
  );
}

export async function call<T>(page: Page, op: string, input: unknown): Promise<T> {
  const answer = await send(page, op, input);
  if (!answer.ok) throw new Error(`${op} failed: ${JSON.stringify(answer.error)}`);
  return answer.value as T;
}
