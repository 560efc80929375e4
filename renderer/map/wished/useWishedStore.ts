// The wished map's store: loaded when the case has one; otherwise `start()` copies today's map
// (after today's last edits are saved, so the copy has them) into a new wished map. Its store
// is read-only when today's is (names hidden).
import { useCallback, useEffect, useState } from 'react';
import type { MaillageApi } from '../../../shared/api/contract';
import { MaillageError } from '../../../shared/errors';
import { mapLayout } from '../layout';
import { MapStore } from '../model/mapStore';

export type WishedState =
  | { kind: 'loading' }
  | { kind: 'absent' }
  | { kind: 'starting' }
  | { kind: 'ready'; store: MapStore }
  | { kind: 'failed' };

export function useWishedStore(
  api: MaillageApi,
  current: MapStore,
  report: (error: unknown) => void,
): { state: WishedState; start: () => void } {
  const [state, setState] = useState<WishedState>({ kind: 'loading' });
  const caseId = current.getSnapshot().case.id;
  const { readOnly } = current;

  useEffect(() => {
    let live = true;
    api['map.load']({ caseId, kind: 'wished' }).then(
      (data) => {
        if (live)
          setState({
            kind: 'ready',
            store: new MapStore(api, data, { layout: mapLayout, readOnly }),
          });
      },
      (error: unknown) => {
        if (!live) return;
        if (error instanceof MaillageError && error.code === 'not_found') {
          setState({ kind: 'absent' });
          return;
        }
        report(error);
        setState({ kind: 'failed' });
      },
    );
    return () => {
      live = false;
    };
  }, [api, caseId, readOnly, report]);

  // A store lives as long as it is shown (its unsaved edits are still sent after that).
  useEffect(() => {
    if (state.kind !== 'ready') return;
    const { store } = state;
    return () => store.dispose();
  }, [state]);

  const start = useCallback(() => {
    setState({ kind: 'starting' });
    current
      .whenSaved()
      .then(() => api['map.createWished']({ caseId }))
      .then(
        (data) =>
          setState({
            kind: 'ready',
            store: new MapStore(api, data, { layout: mapLayout, readOnly }),
          }),
        (error: unknown) => {
          report(error);
          setState({ kind: 'absent' });
        },
      );
  }, [api, caseId, current, readOnly, report]);

  return { state, start };
}
