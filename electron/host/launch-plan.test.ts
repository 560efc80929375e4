import { describe, expect, it } from 'vitest';
import { locateElectron, planLaunch } from './launch-plan';

const ELECTRON = '/opt/maillage/node_modules/electron/dist/electron';

describe('planLaunch', () => {
  it('starts Electron when its binary is there and a display is available', () => {
    expect(planLaunch({ electron: ELECTRON, platform: 'linux', env: { DISPLAY: ':0' } })).toEqual({
      mode: 'electron',
      electron: ELECTRON,
    });
    expect(
      planLaunch({ electron: ELECTRON, platform: 'linux', env: { WAYLAND_DISPLAY: 'wayland-0' } })
        .mode,
    ).toBe('electron');
    expect(planLaunch({ electron: ELECTRON, platform: 'darwin', env: {} }).mode).toBe('electron');
    expect(planLaunch({ electron: ELECTRON, platform: 'win32', env: {} }).mode).toBe('electron');
  });

  it('falls back to browser mode, in French first, when the binary is missing', () => {
    const plan = planLaunch({ electron: undefined, platform: 'linux', env: { DISPLAY: ':0' } });
    expect(plan).toMatchObject({ mode: 'browser', reason: 'no_electron' });
    if (plan.mode !== 'browser') return;
    expect(plan.message).toMatch(/^Maillage : Electron n'est pas installé .*binaire absent/);
    expect(plan.message).toContain('mode navigateur');
    expect(plan.message).not.toContain('\n');
  });

  it('falls back to browser mode when Linux has no display, saying so', () => {
    const plan = planLaunch({ electron: ELECTRON, platform: 'linux', env: { DISPLAY: '' } });
    expect(plan).toMatchObject({ mode: 'browser', reason: 'no_display' });
    if (plan.mode !== 'browser') return;
    expect(plan.message).toMatch(/^Maillage : aucun affichage/);
    expect(plan.message).not.toContain('\n');
  });
});

describe('locateElectron', () => {
  it('returns the binary path the electron package exports, when the file exists', () => {
    expect(
      locateElectron(
        () => ELECTRON,
        (f) => f === ELECTRON,
      ),
    ).toBe(ELECTRON);
  });

  it('finds nothing when requiring electron throws (binary never downloaded)', () => {
    const throwing = () => {
      throw new Error('Electron failed to install correctly');
    };
    expect(locateElectron(throwing, () => true)).toBeUndefined();
  });

  it('finds nothing when the exported path does not exist or is not a path', () => {
    expect(
      locateElectron(
        () => ELECTRON,
        () => false,
      ),
    ).toBeUndefined();
    expect(
      locateElectron(
        () => ({ default: ELECTRON }),
        () => true,
      ),
    ).toBeUndefined();
  });
});
