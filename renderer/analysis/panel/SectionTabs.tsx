// The analysis sections as tabs (WAI-ARIA tabs: one tab stop, arrow keys, Home and End).
import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

export const SECTIONS = ['summary', 'ties', 'brokers', 'composition', 'paths'] as const;
export type Section = (typeof SECTIONS)[number];

export const tabId = (section: Section) => `analysis-tab-${section}`;
export const tabPanelId = (section: Section) => `analysis-section-${section}`;

interface SectionTabsProps {
  current: Section;
  onChange: (section: Section) => void;
}

export function SectionTabs({ current, onChange }: SectionTabsProps) {
  const { t } = useTranslation();
  const refs = useRef(new Map<Section, HTMLButtonElement>());
  const move = (event: KeyboardEvent, index: number) => {
    const last = SECTIONS.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? (index + 1) % SECTIONS.length
        : event.key === 'ArrowLeft'
          ? (index + last) % SECTIONS.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (next === null) return;
    event.preventDefault();
    const section = SECTIONS[next] as Section;
    onChange(section);
    refs.current.get(section)?.focus();
  };
  return (
    <div className="analysis-tabs" role="tablist" aria-label={t('ui.analysis.sectionsLabel')}>
      {SECTIONS.map((section, index) => (
        <button
          key={section}
          ref={(element) => {
            if (element) refs.current.set(section, element);
            else refs.current.delete(section);
          }}
          type="button"
          role="tab"
          id={tabId(section)}
          aria-selected={section === current}
          aria-controls={tabPanelId(section)}
          tabIndex={section === current ? 0 : -1}
          onClick={() => onChange(section)}
          onKeyDown={(event) => move(event, index)}
        >
          {t(`ui.analysis.sections.${section}`)}
        </button>
      ))}
    </div>
  );
}
