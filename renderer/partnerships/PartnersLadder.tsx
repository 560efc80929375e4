// Each partner's role and its stage in the translation ladder (Callon, Latour), moved up or
// down in place: the change saves at once.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  TRANSLATION_STAGES,
  type Partnership,
  type TranslationStage,
} from '../../shared/partnerships/model';
import { useApi } from '../bridge/ApiContext';
import { useNotices } from '../errors/Notices';
import { SelectBox } from './Field';

interface PartnersLadderProps {
  partnership: Partnership;
  onSaved: (partnership: Partnership) => void;
}

export function PartnersLadder({ partnership, onSaved }: PartnersLadderProps) {
  const { t } = useTranslation();
  const api = useApi();
  const { report } = useNotices();
  const [status, setStatus] = useState('');
  if (partnership.partners.length === 0) {
    return <p className="muted">{t('partnerships.page.noPartner')}</p>;
  }

  const move = async (entryId: string, stage: TranslationStage) => {
    const partners = partnership.partners.map(({ entryId: id, role, stage: was }) => ({
      entryId: id,
      role,
      stage: id === entryId ? stage : was,
    }));
    try {
      const saved = await api['partnerships.update']({ id: partnership.id, patch: { partners } });
      const name = saved.partners.find((p) => p.entryId === entryId)?.name ?? '';
      setStatus(
        t('partnerships.page.stageSaved', { name, stage: t(`partnerships.stages.${stage}`) }),
      );
      onSaved(saved);
    } catch (error) {
      report(error);
    }
  };

  return (
    <>
      <ul className="ladder">
        {partnership.partners.map((p) => {
          const reached = TRANSLATION_STAGES.indexOf(p.stage);
          return (
            <li key={p.entryId}>
              <div className="ladder-head">
                <strong>{p.name}</strong>
                <span className="muted">
                  {t(`enums.domain.${p.domain}`)}
                  {p.role ? ` · ${p.role}` : ''}
                </span>
              </div>
              <ol className="ladder-steps" aria-hidden="true">
                {TRANSLATION_STAGES.map((stage, i) => (
                  <li key={stage} className={i <= reached ? 'reached' : ''}>
                    {t(`partnerships.stages.${stage}`)}
                  </li>
                ))}
              </ol>
              <SelectBox
                compact
                label={t('partnerships.page.stageOf', { name: p.name })}
                value={p.stage}
                title={t(`partnerships.stageHints.${p.stage}`)}
                onChange={(stage) => void move(p.entryId, stage as TranslationStage)}
              >
                {TRANSLATION_STAGES.map((stage) => (
                  <option key={stage} value={stage}>
                    {t(`partnerships.stages.${stage}`)}
                  </option>
                ))}
              </SelectBox>
            </li>
          );
        })}
      </ul>
      <p className="form-status" role="status">
        {status}
      </p>
    </>
  );
}
