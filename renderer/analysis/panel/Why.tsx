// The "pourquoi ?" of a figure: a small button whose explanation shows on hover and on keyboard
// focus (and on a tap, for touch screens), announced to screen readers through aria-describedby.
// Escape hides it; the pointer can move onto the explanation without it disappearing. The
// explanation is placed against the window (fixed), so the panel's scrolling areas never cut it.
import {
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
  type CSSProperties,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';

interface WhyProps {
  /** What the explanation is about, for the button's accessible name. */
  figure: string;
  children: ReactNode;
}

const TIP_WIDTH = 300;
const MARGIN = 8;
/** Time to move the pointer from the button onto the explanation. */
const CLOSE_DELAY_MS = 150;

function placeNear(button: HTMLElement): CSSProperties {
  const box = button.getBoundingClientRect();
  const width = Math.min(TIP_WIDTH, window.innerWidth - 2 * MARGIN);
  const left = Math.max(
    MARGIN,
    Math.min(box.right - width + MARGIN, window.innerWidth - width - MARGIN),
  );
  // Below the button when there is room, else above it.
  return box.bottom + 180 < window.innerHeight
    ? { left, top: box.bottom + 4, width }
    : { left, bottom: window.innerHeight - box.top + 4, width };
}

export function Why({ figure, children }: WhyProps) {
  const { t } = useTranslation();
  const id = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const closing = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [place, setPlace] = useState<CSSProperties | null>(null);
  const open = place !== null;

  const cancelClose = useCallback(() => {
    if (closing.current !== null) clearTimeout(closing.current);
    closing.current = null;
  }, []);
  const show = () => {
    cancelClose();
    if (buttonRef.current) setPlace(placeNear(buttonRef.current));
  };
  const hide = useCallback(() => {
    cancelClose();
    setPlace(null);
  }, [cancelClose]);
  const hideSoon = () => {
    cancelClose();
    closing.current = setTimeout(hide, CLOSE_DELAY_MS);
  };

  // A fixed explanation would float away from its button when the panel scrolls: hide it.
  useEffect(() => {
    if (!open) return;
    window.addEventListener('scroll', hide, true);
    window.addEventListener('resize', hide);
    return () => {
      window.removeEventListener('scroll', hide, true);
      window.removeEventListener('resize', hide);
    };
  }, [open, hide]);
  useEffect(() => cancelClose, [cancelClose]);

  return (
    <span className="why" onMouseEnter={show} onMouseLeave={hideSoon}>
      <button
        ref={buttonRef}
        type="button"
        className="why-button"
        aria-label={t('ui.analysis.whyLabel', { figure })}
        aria-describedby={id}
        aria-expanded={open}
        onFocus={show}
        onBlur={hide}
        onClick={() => (open ? hide() : show())}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && open) {
            event.stopPropagation();
            hide();
          }
        }}
      >
        ?
      </button>
      <span role="tooltip" id={id} className="why-tip" hidden={!open} style={place ?? undefined}>
        <strong className="why-title">{t('ui.analysis.why')}</strong> {children}
      </span>
    </span>
  );
}
