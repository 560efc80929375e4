// What `npm start` launches: Electron when its binary is installed and there is a screen to show
// its window on, browser mode otherwise, with one line (French, then English) saying why.
import { hasDisplay } from '../browser-mode/chromium';

export type LaunchPlan =
  | { mode: 'electron'; electron: string }
  | { mode: 'browser'; reason: 'no_electron' | 'no_display'; message: string };

export interface LaunchFacts {
  /** The Electron binary, or undefined when the package or its binary is missing. */
  electron: string | undefined;
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
}

export function planLaunch({ electron, platform, env }: LaunchFacts): LaunchPlan {
  if (electron === undefined) {
    return {
      mode: 'browser',
      reason: 'no_electron',
      message:
        "Maillage : Electron n'est pas installé sur cette machine (binaire absent) ; démarrage en mode navigateur." +
        ' / Electron is not installed on this machine (binary missing); starting in browser mode.',
    };
  }
  if (!hasDisplay({ platform, env })) {
    return {
      mode: 'browser',
      reason: 'no_display',
      message:
        'Maillage : aucun affichage (ni DISPLAY ni WAYLAND_DISPLAY) ; démarrage en mode navigateur.' +
        ' / No display (neither DISPLAY nor WAYLAND_DISPLAY); starting in browser mode.',
    };
  }
  return { mode: 'electron', electron };
}

/**
 * The electron package's main export is the path of its binary, and requiring it throws when the
 * binary was never downloaded; the file must also really be there.
 */
export function locateElectron(
  requireElectron: () => unknown,
  fileExists: (file: string) => boolean,
): string | undefined {
  try {
    const binary = requireElectron();
    return typeof binary === 'string' && fileExists(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}
