// In the actor's side panel: which address-book entry this actor is, and the partnerships that
// entry takes part in. Linking is separate from the map's gestures (see shared/partnerships/ops.ts).
// Open at once for an organisation (the address book is mostly theirs); for a person, a click
// away, so that editing the family asks nothing of the store.
import { useCallback, useState } from 'react';
import type { ActorFields } from '../../shared/model';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../shared/api/contract';
import type { DirectoryEntrySummary } from '../../shared/partnerships/model';
import { useApi } from '../bridge/ApiContext';
import { useNotices } from '../errors/Notices';
import { useLoaded } from '../partnerships/useLoaded';

type Link = Output<'actors.directoryLink'>;

interface ActorDirectoryLinkProps {
  actorId: string;
  kind: ActorFields['kind'];
}

export function ActorDirectoryLink({ actorId, kind }: ActorDirectoryLinkProps) {
  const { t } = useTranslation();
  const api = useApi();
  const { report } = useNotices();
  const [status, setStatus] = useState('');
  const [open, setOpen] = useState(kind === 'organisation');
  const [changed, setLink] = useState<Link | null>(null);
  const load = useCallback(
    () => Promise.all([api['directory.list']({}), api['actors.directoryLink']({ actorId })]),
    [api, actorId],
  );
  const loaded = useLoaded(open ? load : null);
  const entries: DirectoryEntrySummary[] = loaded.value?.[0] ?? [];
  const link = changed ?? loaded.value?.[1] ?? null;

  const change = async (entryId: string | null) => {
    try {
      await api['actors.linkDirectory']({ actorId, entryId });
      const found = await api['actors.directoryLink']({ actorId });
      setLink(found);
      setStatus(
        found.entry
          ? t('directory.link.linked', { name: found.entry.name })
          : t('directory.link.unlinked'),
      );
    } catch (error) {
      report(error);
    }
  };

  const selectId = `directory-link-${actorId}`;
  return (
    <details
      className="actor-directory"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>
        <h3>{t('directory.link.title')}</h3>
      </summary>
      <div className="field">
        <label htmlFor={selectId}>{t('directory.link.label')}</label>
        <select
          id={selectId}
          value={link?.entry?.id ?? ''}
          disabled={!link}
          onChange={(event) => void change(event.target.value || null)}
        >
          <option value="">{t('directory.link.none')}</option>
          {entries.map((entry) => (
            <option key={entry.id} value={entry.id}>
              {entry.name}
            </option>
          ))}
        </select>
      </div>
      {link?.entry && (
        <div>
          <h4>{t('directory.link.partnerships')}</h4>
          {link.partnerships.length === 0 ? (
            <p className="muted">{t('directory.link.noPartnership')}</p>
          ) : (
            <ul className="plain-list" aria-label={t('directory.link.partnerships')}>
              {link.partnerships.map((p) => (
                <li key={p.id}>
                  {p.title} <span className="muted">· {t(`partnerships.status.${p.status}`)}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <p className="form-status" role="status">
        {status}
      </p>
    </details>
  );
}
