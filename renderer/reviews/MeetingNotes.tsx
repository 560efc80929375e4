// Meeting notes attached to a snapshot: who wrote them and when, oldest first, and a form to add
// one (the author's name is remembered on this computer). Hidden while names are hidden.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SnapshotNoteInput, type SnapshotNote } from '../../shared/snapshots/schemas';
import { useApi } from '../bridge/ApiContext';
import { TextField } from '../forms/fields';
import { useSubmission } from '../forms/useSubmission';
import { validate, type FieldErrors } from '../forms/validation';
import { formatMoment } from './dates';
import { usePseudonymised } from './privacy';

const AUTHOR_KEY = 'maillage.noteAuthor';

function rememberedAuthor(): string {
  try {
    return window.localStorage.getItem(AUTHOR_KEY) ?? '';
  } catch {
    return '';
  }
}

export function MeetingNotes({ snapshotId }: { snapshotId: string }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const hidden = usePseudonymised();
  const [notes, setNotes] = useState<SnapshotNote[] | null>(null);
  const [author, setAuthor] = useState(rememberedAuthor);
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const { busy, submit } = useSubmission(setErrors);

  useEffect(() => {
    let current = true;
    api['snapshots.notes']({ snapshotId }).then(
      (list) => current && setNotes(list),
      () => current && setNotes([]),
    );
    return () => {
      current = false;
    };
  }, [api, snapshotId]);

  if (hidden) {
    return (
      <section className="meeting-notes" aria-label={t('reviews.notes.title')}>
        <h3>{t('reviews.notes.title')}</h3>
        <p className="muted">{t('reviews.notes.hidden')}</p>
      </section>
    );
  }

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validate(SnapshotNoteInput, { snapshotId, author, text });
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    const done = await submit(async () => {
      const note = await api['snapshots.addNote'](checked.value);
      setNotes((list) => [...(list ?? []), note]);
    });
    if (!done) return;
    setText('');
    try {
      window.localStorage.setItem(AUTHOR_KEY, checked.value.author);
    } catch {
      // Not remembered: typed again next time.
    }
  };

  return (
    <section className="meeting-notes" aria-label={t('reviews.notes.title')}>
      <h3>{t('reviews.notes.title')}</h3>
      {notes && notes.length === 0 && <p className="muted">{t('reviews.notes.empty')}</p>}
      <ul className="note-list">
        {(notes ?? []).map((note) => (
          <li key={note.id}>
            <p className="note-meta">
              {note.author} · {formatMoment(note.createdAt, i18n.language)}
            </p>
            <p className="note-text">{note.text}</p>
          </li>
        ))}
      </ul>
      <form className="stack" aria-label={t('reviews.notes.add')} onSubmit={add}>
        <TextField
          label={t('reviews.notes.author')}
          name="author"
          value={author}
          onChange={setAuthor}
          error={errors.author}
        />
        <div className={errors.text ? 'field has-error' : 'field'}>
          <label htmlFor={`note-${snapshotId}`}>{t('reviews.notes.text')}</label>
          <textarea
            id={`note-${snapshotId}`}
            rows={3}
            value={text}
            onChange={(event) => setText(event.target.value)}
            aria-invalid={errors.text ? true : undefined}
          />
          {errors.text && <p className="field-error">{t(errors.text)}</p>}
        </div>
        <button type="submit" className="button small primary" disabled={busy}>
          {t('reviews.notes.add')}
        </button>
      </form>
    </section>
  );
}
