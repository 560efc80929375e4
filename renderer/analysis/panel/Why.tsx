// The "pourquoi ?" of a figure: a small button whose explanation shows on hover and on keyboard
// focus (and on a tap, for touch screens), announced to screen readers through aria-describedby.
// Escape hides it; the pointer can move onto the explanation without it disappearing.
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface WhyProps {
  /** What the explanation is about, for the button's accessible name. */
  figure: string;
  children: ReactNode;
}

export function Why({ figure, children }: WhyProps) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <span className="why" onMouseEnter={() => setOpen(true)} onMouseLeave={() => setOpen(false)}>
      <button
        type="button"
        className="why-button"
        aria-label={t('ui.analysis.whyLabel', { figure })}
        aria-describedby={id}
        aria-expanded={open}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onClick={() => setOpen((was) => !was)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && open) {
            event.stopPropagation();
            setOpen(false);
          }
        }}
      >
        ?
      </button>
      <span role="tooltip" id={id} className="why-tip" hidden={!open}>
        <strong className="why-title">{t('ui.analysis.why')}</strong> {children}
      </span>
    </span>
  );
}
