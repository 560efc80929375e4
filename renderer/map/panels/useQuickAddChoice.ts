// The quick add's choices for the next names (sector and its prompt, ring, kind, who placed
// them) and their shortcuts, which work from the field whether the choices are shown or not:
// Alt+1..5 the ring, Alt+↑/↓ the sector, Alt+O person or organisation, Alt+P who placed it.
import { useState } from 'react';
import { useRegisterCommands } from '../../commands/CommandsContext';
import type { Command } from '../../commands/registry';
import type { ActorKind, PlacedBy } from '../model/enums';
import { CLOSENESS_CHOICES, SECTORS } from './quickAdd';

export function useQuickAddChoice() {
  // Ring and kind start at the sector's usual ones each time the sector changes.
  const [{ sectorIndex, closeness, kind }, setChoice] = useState(sectorChoice(0));
  const [placedBy, setPlacedBy] = useState<PlacedBy>('young_person');

  useRegisterCommands(() => {
    const step = (by: number) => () => setChoice((was) => sectorChoice(was.sectorIndex + by));
    const rings = CLOSENESS_CHOICES.map((value): Command => ({
      id: `interview.closeness${value}`,
      label: 'ui.commands.ring',
      labelParams: { closeness: value },
      shortcut: `Alt+${value}`,
      group: 'interview',
      whenTyping: 'run',
      perform: () => setChoice((was) => ({ ...was, closeness: value })),
    }));
    return [
      ...rings,
      {
        id: 'interview.nextSector',
        label: 'ui.commands.nextPrompt',
        shortcut: 'Alt+ArrowDown',
        altShortcuts: ['Alt+PageDown'],
        group: 'interview',
        whenTyping: 'run',
        perform: step(1),
      },
      {
        id: 'interview.previousSector',
        label: 'ui.commands.previousPrompt',
        shortcut: 'Alt+ArrowUp',
        altShortcuts: ['Alt+PageUp'],
        group: 'interview',
        whenTyping: 'run',
        perform: step(-1),
      },
      {
        id: 'interview.kind',
        label: 'ui.commands.kind',
        shortcut: 'Alt+O',
        group: 'interview',
        whenTyping: 'run',
        perform: () =>
          setChoice((was) => ({
            ...was,
            kind: was.kind === 'person' ? 'organisation' : 'person',
          })),
      },
      {
        id: 'interview.placedBy',
        label: 'ui.commands.placedBy',
        shortcut: 'Alt+P',
        group: 'interview',
        whenTyping: 'run',
        perform: () => setPlacedBy((was) => (was === 'young_person' ? 'educator' : 'young_person')),
      },
    ];
  }, []);

  return {
    sectorIndex,
    sector: SECTORS[sectorIndex]!,
    closeness,
    kind,
    placedBy,
    goToSector: (index: number) => setChoice(sectorChoice(index)),
    setCloseness: (value: number) => setChoice((was) => ({ ...was, closeness: value })),
    setKind: (value: ActorKind) => setChoice((was) => ({ ...was, kind: value })),
    setPlacedBy,
  };
}

function sectorChoice(index: number): { sectorIndex: number; closeness: number; kind: ActorKind } {
  const sectorIndex = (index + SECTORS.length) % SECTORS.length;
  const sector = SECTORS[sectorIndex]!;
  return { sectorIndex, closeness: sector.closeness, kind: sector.kind };
}
