// The app's API from a test or a script, over the browser-mode server's HTTP bridge with the
// launch secret, exactly as the page calls it. For building large maps quickly.
import { createClient } from '../../shared/api/client';
import type { MaillageApi } from '../../shared/api/contract';
import type { RunningApp } from './harness';

export function appApi(app: RunningApp): MaillageApi {
  const secret = new URL(app.url).hash.replace(/^#secret=/, '');
  return createClient(async (op, input) => {
    const response = await fetch(`${app.origin}/api/${op}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      body: JSON.stringify(input ?? {}),
    });
    return response.json();
  });
}
